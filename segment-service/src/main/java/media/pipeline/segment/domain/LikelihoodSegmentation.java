package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Globally optimal lexical segmentation (Utiyama &amp; Isahara 2001): each segment is a bag of content
 * terms drawn from its own unigram model, and dynamic programming finds the cut that maximises the
 * probability of the whole text. Unlike TextTiling's local depth, every boundary is placed knowing all
 * the others. Segments shorter than {@code minSeconds} or longer than {@code maxSeconds} are not
 * considered, nor are segments of more sentences than can be said in {@code maxSeconds} (see
 * {@link #maxSentences}), which only degenerate times produce, nor boundaries between two sentences
 * that start at the same time (a boundary needs a time of its own; this keeps a stalled run of
 * sentences sharing one start, e.g. after a timestamp restart was clamped, in one segment). Time
 * and memory are linear in the number of sentences for a given number of segments; when the count is
 * estimated, a bound (the cheapest way to finish from each position, computed backwards first) drops
 * the counts that cannot win at each position, so the work no longer grows with the count either
 * (exactly the same boundaries: the bound only drops states no optimal cut passes through).
 *
 * <p>A segment's probability is the marginal likelihood of its words under a symmetric Dirichlet prior
 * of concentration {@code concentration} (the Pólya urn: the i-th word w has probability
 * (c_w + α) / (i + Vα)); with α = 1 this is the Bayesian form of the Laplace-smoothed model of the
 * paper. Being a marginal likelihood, it already pays for every extra segment's model, so it can also
 * choose how many segments there are: with {@code estimateCount}, the count minimises
 * <pre>−log P(text | segmentation) + (K − 1) log N − log Poisson(K − 1; expected − 1)</pre>
 * (N content words; the middle term is the paper's description-length prior on boundaries, the last
 * term leans towards the expected count of the chosen granularity). Otherwise exactly the expected
 * count is used (fewer when the length limits do not allow so many).
 */
public final class LikelihoodSegmentation {
    /** Up to this many times the expected count is considered when the count is estimated. */
    static final int MAX_COUNT_FACTOR = 4;
    /**
     * At most this many parts (an end and a cost each, 12 bytes) are kept from one pass over the starts for
     * the next: ~200,000 for a 3 h episode, so up to ~20 h of speech is scanned once; beyond, later passes
     * scan the starts not kept again (same parts, same costs).
     */
    static final int MAX_KEPT_PARTS = 1 << 20;

    private final double minSeconds;
    private final double maxSeconds;
    private final double concentration;
    private final boolean estimateCount;
    private final int maxSentences;
    private final int maxKeptParts;

    /** Fixed count, Laplace-like prior (α = 1). */
    public LikelihoodSegmentation(double minSeconds, double maxSeconds) {
        this(minSeconds, maxSeconds, 1, false);
    }

    public LikelihoodSegmentation(double minSeconds, double maxSeconds, double concentration, boolean estimateCount) {
        this(minSeconds, maxSeconds, concentration, estimateCount, MAX_KEPT_PARTS);
    }

    /** With at most {@code maxKeptParts} parts kept between passes (tests: the same boundaries whatever it is). */
    LikelihoodSegmentation(double minSeconds, double maxSeconds, double concentration, boolean estimateCount,
                           int maxKeptParts) {
        if (maxKeptParts < 0) {
            throw new IllegalArgumentException("maxKeptParts must be >= 0, was " + maxKeptParts);
        }
        if (!(minSeconds >= 0) || !(maxSeconds > minSeconds) || Double.isNaN(maxSeconds)) {
            throw new IllegalArgumentException("need 0 <= minSeconds < maxSeconds, were " + minSeconds + ", " + maxSeconds);
        }
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("concentration must be > 0, was " + concentration);
        }
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
        this.concentration = concentration;
        this.estimateCount = estimateCount;
        this.maxSentences = maxSentences(maxSeconds);
        this.maxKeptParts = maxKeptParts;
    }

    /** The same limits with no upper one on seconds; the bound on sentences per part stays. */
    private LikelihoodSegmentation(LikelihoodSegmentation limited) {
        this.minSeconds = limited.minSeconds;
        this.maxSeconds = Double.MAX_VALUE;
        this.concentration = limited.concentration;
        this.estimateCount = limited.estimateCount;
        this.maxSentences = limited.maxSentences;
        this.maxKeptParts = limited.maxKeptParts;
    }

    /**
     * The most sentences of distinct start times one part may hold: what can be said in
     * {@code maxSeconds} at {@link LexicalCohesion#MAX_SENTENCES_PER_SECOND} sentences a second. Real speech stays far below it;
     * it bounds the work (O(sentences × this)) when times stall, e.g. thousands of sentences sharing one
     * start after a timestamp restart was clamped, where the seconds alone would let every part run to
     * the end of the transcript.
     */
    static int maxSentences(double maxSeconds) {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(maxSeconds * LexicalCohesion.MAX_SENTENCES_PER_SECOND)) + 1;
    }

    /**
     * Boundaries (indices of the sentences that start a segment, excluding {@code from}) that cut
     * sentences [from, to) into {@code segments} parts (or, when the count is estimated, into the most
     * probable number of parts, {@code segments} being the expected count).
     *
     * @param bonus per gap, subtracted from the cost of a boundary there, in nats per content term of
     *              the average segment (0 = none)
     */
    public List<Integer> boundaries(List<List<String>> terms, double[] starts, double end, int from, int to,
                                    int segments, double[] bonus) {
        int n = to - from;
        List<Integer> out = new ArrayList<>();
        if (n <= 1 || segments < 1 || segments == 1 && !estimateCount) {
            return out;
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        int totalWords = 0;
        for (int i = from; i < to; i++) {
            for (String t : terms.get(i)) {
                vocabulary.putIfAbsent(t, vocabulary.size());
                totalWords++;
            }
        }
        double scale = totalWords / (double) segments; // words of an average segment
        int k = Math.min(estimateCount ? Math.max(2, MAX_COUNT_FACTOR * segments) : segments, n);
        // with a fixed count there is a single pass: nothing would read kept parts again
        Parts parts = new Parts(terms, starts, end, from, to, vocabulary, bonus, scale, estimateCount ? maxKeptParts : 0);
        Bound bound = estimateCount ? bound(parts, totalWords, segments, k) : null;
        // With an estimated count and a bound that prunes (one complete cut was found), all counts up to k
        // are computed in one pass: the bound already drops the counts that cannot win at each position,
        // and every further pass would try every part again (a 3 h episode of 49 chapters took three
        // passes, and 2.6 times the count steps, when the first stopped at the expected count). Without
        // one, counts are computed only up to where one could still win: none above `layers` can when
        // even the least cost over any count (a lower bound of every count's cost) scores worse with that
        // count's prior than the best count found. Exact either way; up to the expected count first (a
        // second pass, when needed, computes just the counts that could still win).
        int layers = estimateCount && bound.upper() == Double.POSITIVE_INFINITY ? Math.min(k, Math.max(2, segments)) : k;
        Forward f;
        int bestK;
        while (true) {
            f = forward(parts, layers, bound);
            bestK = choose(f, n, layers, totalWords, segments);
            if (layers >= k || f.unconstrained() == Double.POSITIVE_INFINITY) {
                break;
            }
            int needed = bestK < 0 ? Math.min(k, 2 * layers)
                    : countsThatMayWin(f.best(n, bestK), f.unconstrained(), layers, k, bestK, totalWords, segments);
            if (needed <= layers) {
                break;
            }
            layers = needed;
        }
        if (bestK < 0) {
            // the length limits leave no way to cut the range: try again without the upper one
            return maxSeconds == Double.MAX_VALUE ? out
                    : new LikelihoodSegmentation(this).boundaries(terms, starts, end, from, to, segments, bonus);
        }
        int b = n;
        for (int seg = bestK; seg >= 1; seg--) {
            int a = f.back(b, seg);
            if (a > 0) {
                out.add(0, from + a);
            }
            b = a;
        }
        return out;
    }

    /**
     * Least costs per count and end, where each last part starts, and the least cost over any count.
     * Position e keeps only the counts [base[e], base[e] + best[e].length) that were reached and not
     * dropped (null: none), so that memory follows the counts that can win rather than all of them.
     */
    private record Forward(double[][] bestRows, int[][] backRows, int[] base, double unconstrained) {
        double best(int e, int seg) {
            double[] row = bestRows[e];
            int i = seg - base[e];
            return row == null || i < 0 || i >= row.length ? Double.POSITIVE_INFINITY : row[i];
        }

        int back(int e, int seg) {
            return backRows[e][seg - base[e]];
        }

        /** Makes position e's row cover counts [low, high]. */
        void cover(int e, int low, int high) {
            double[] row = bestRows[e];
            if (row != null && low >= base[e] && high < base[e] + row.length) {
                return;
            }
            // grown with some slack, so that a row widened one count at a time is not copied each time
            int slack = row == null ? 0 : Math.max(4, row.length / 2);
            int from = row == null ? low : low < base[e] ? Math.max(0, Math.min(low, base[e] - slack)) : base[e];
            int end = row == null ? high : base[e] + row.length - 1;
            int to = row == null ? high : high > end ? Math.max(high, end + slack) : end;
            double[] grown = new double[to - from + 1];
            int[] grownBack = new int[grown.length];
            Arrays.fill(grown, Double.POSITIVE_INFINITY);
            if (row != null) {
                System.arraycopy(row, 0, grown, base[e] - from, row.length);
                System.arraycopy(backRows[e], 0, grownBack, base[e] - from, row.length);
            }
            bestRows[e] = grown;
            backRows[e] = grownBack;
            base[e] = from;
        }
    }

    /** The parts starting at one position: {@code count} ends (increasing) and their costs. */
    private record Scanned(int[] ends, double[] costs, int count) {
    }

    /**
     * The parts sentences [from, to) can be cut into and what each costs: the sentences' terms as
     * vocabulary ids, where a part may start and end (only where the time moves: sentences sharing a
     * start, a stalled run, stay in one part, which then counts as one sentence towards maxSentences),
     * and the two logarithms of each word's Pólya-urn probability, looked up instead of computed per
     * word of every part (log(i + Vα) for the i-th word, log(c + α) for a count c). The bound's pass and
     * the forward programme try the same parts from each start, so a start's parts are summed once and
     * kept (up to {@code maxKept} in all: {@link #MAX_KEPT_PARTS} or the limit given when the count is
     * estimated, none with a fixed count, whose programme runs once).
     */
    private final class Parts {
        final int from;
        final int to;
        final int n;
        final double[] starts;
        final double end;
        final double[] bonus;
        final double scale;
        final int[][] ids;
        final boolean[] cut;
        final double[] logWords;
        final double[] logCount;
        final double lastTime; // the latest time a part can end at
        private final int[] counts;
        private final int[] touched;
        private final int[] scratchEnds;
        private final double[] scratchCosts;
        private final Scanned[] kept;
        private final int maxKept;
        private int keptParts;

        Parts(List<List<String>> terms, double[] starts, double end, int from, int to, Map<String, Integer> vocabulary,
              double[] bonus, double scale, int maxKept) {
            this.from = from;
            this.to = to;
            this.n = to - from;
            this.starts = starts;
            this.end = end;
            this.bonus = bonus;
            this.scale = scale;
            int v = Math.max(1, vocabulary.size());
            int totalWords = 0;
            ids = new int[n][];
            for (int i = 0; i < n; i++) {
                List<String> t = terms.get(from + i);
                ids[i] = new int[t.size()];
                for (int j = 0; j < ids[i].length; j++) {
                    ids[i][j] = vocabulary.get(t.get(j));
                }
                totalWords += ids[i].length;
            }
            logWords = new double[totalWords + 1];
            logCount = new double[totalWords + 1];
            for (int i = 0; i <= totalWords; i++) {
                logWords[i] = Math.log(i + v * concentration);
                logCount[i] = Math.log(i + concentration);
            }
            cut = new boolean[n + 1];
            cut[0] = true;
            cut[n] = true;
            for (int i = 1; i < n; i++) {
                cut[i] = starts[from + i] != starts[from + i - 1];
            }
            double last = Double.NEGATIVE_INFINITY;
            for (int e = 1; e <= n; e++) {
                last = Math.max(last, time(e));
            }
            lastTime = last;
            counts = new int[v];
            touched = new int[v];
            scratchEnds = new int[n + 1];
            scratchCosts = new double[n + 1];
            kept = new Scanned[n];
            this.maxKept = maxKept;
        }

        /** The time part-relative position {@code e} starts at (the end for the last). */
        double time(int e) {
            return LikelihoodSegmentation.time(starts, end, from + e, to);
        }

        /** Whether a part may start at {@code a} at all (a cut, not too close to the end). */
        boolean mayStart(int a) {
            return cut[a] && lastTime - starts[from + a] >= minSeconds;
        }

        /** What a boundary at {@code a} is rewarded with (0 at the start and without bonus). */
        double reward(int a) {
            return a > 0 && bonus != null ? bonus[from + a] * scale : 0;
        }

        /**
         * The parts starting at {@code a} that respect the limits: their ends and their negative log
         * marginal likelihoods. What is not kept is valid until the next call.
         */
        Scanned scan(int a) {
            Scanned done = kept[a];
            if (done != null) {
                return done;
            }
            int found = sum(a, scratchEnds, scratchCosts);
            if (keptParts + found > maxKept) {
                return new Scanned(scratchEnds, scratchCosts, found);
            }
            keptParts += found;
            kept[a] = new Scanned(Arrays.copyOf(scratchEnds, found), Arrays.copyOf(scratchCosts, found), found);
            return kept[a];
        }

        private int sum(int a, int[] ends, double[] costs) {
            double s = 0;
            int words = 0;
            int touchedCount = 0;
            int moves = 0;
            int found = 0;
            for (int b = a; b < n; b++) {
                double dur = time(b + 1) - starts[from + a];
                moves += b > a && cut[b] ? 1 : 0;
                if (b > a && (dur > maxSeconds || moves >= maxSentences)) {
                    break;
                }
                for (int id : ids[b]) {
                    int c = counts[id];
                    if (c == 0) {
                        touched[touchedCount++] = id;
                    }
                    s += logWords[words] - logCount[c];
                    counts[id] = c + 1;
                    words++;
                }
                int e = b + 1;
                if (dur < minSeconds || !cut[e]) {
                    continue;
                }
                ends[found] = e;
                costs[found++] = s;
            }
            for (int i = 0; i < touchedCount; i++) {
                counts[touched[i]] = 0;
            }
            return found;
        }
    }

    /**
     * What lets the forward programme drop states that cannot lead to the best count, when the count is
     * estimated. rest[a]: the least cost of cutting sentences [a, n) into any number of parts, each
     * part paying its boundary's description length (log N) and less its reward; upper: the score of
     * one complete cut (the one rest[0] found), so no better than the best. A state "seg parts end at
     * a" costing best can score no better than best + (seg − 1) log N + rest[a] + the least Poisson
     * term of seg or more boundaries; when that exceeds upper, no count can win through it. Exact:
     * every state of the best cut scores at most upper.
     */
    private record Bound(double[] rest, double perBoundary, double[] leastPoisson, double upper) {
        boolean hopeless(double best, int a, int seg) {
            double lower = best + perBoundary * (seg - 1) + rest[a] + leastPoisson[seg];
            // a margin for the different order the terms are summed in here
            return lower > upper + 1e-9 * Math.max(1, Math.abs(upper));
        }
    }

    private Bound bound(Parts p, int totalWords, int segments, int k) {
        int n = p.n;
        double perBoundary = Math.log(Math.max(2, totalWords));
        double inf = Double.POSITIVE_INFINITY;
        double[] rest = new double[n + 1];
        int[] partsOfRest = new int[n + 1];
        Arrays.fill(rest, inf);
        rest[n] = 0;
        for (int a = n - 1; a >= 0; a--) {
            if (!p.mayStart(a)) {
                continue;
            }
            double own = (a > 0 ? perBoundary : 0) - p.reward(a);
            Scanned parts = p.scan(a);
            int[] ends = parts.ends();
            double[] costs = parts.costs();
            for (int i = 0; i < parts.count(); i++) {
                int e = ends[i];
                double c = costs[i] + own + rest[e];
                if (c < rest[a]) {
                    rest[a] = c;
                    partsOfRest[a] = 1 + partsOfRest[e];
                }
            }
        }
        double[] leastPoisson = new double[k + 1];
        leastPoisson[k] = inf;
        for (int cuts = k - 1; cuts >= 0; cuts--) {
            leastPoisson[cuts] = Math.min(leastPoisson[cuts + 1], countScore(0, cuts, totalWords, segments) - perBoundary * cuts);
        }
        int count = partsOfRest[0];
        double upper = rest[0] == inf || count > k ? inf
                : rest[0] + countScore(0, count - 1, totalWords, segments) - perBoundary * (count - 1);
        return new Bound(rest, perBoundary, leastPoisson, upper);
    }

    /**
     * Forward dynamic programme over sentences [from, to) with up to {@code layers} parts. best(b, seg):
     * least cost of cutting sentences [from, from+b) into seg parts, back(b, seg): where the last part
     * starts (a row of counts per position, so that the counts of one position are contiguous for the
     * inner loop). When the parts starting at a are tried, row a is final (every part ending at a
     * started before it), so no table of costs per end and count is needed (memory O(counts kept × n);
     * the parts' own costs are those {@link Parts} kept from the bound's pass, capped). Along, the same
     * recurrence without a count gives the least cost over any number of parts. With a {@link Bound},
     * a state that cannot win is not stored at all, so each position keeps and tries only the counts
     * near the best cut's.
     */
    private Forward forward(Parts p, int layers, Bound bound) {
        int n = p.n;
        double inf = Double.POSITIVE_INFINITY;
        Forward f = new Forward(new double[n + 1][], new int[n + 1][], new int[n + 1], 0);
        f.cover(0, 0, 0);
        f.bestRows()[0][0] = 0;
        double[] any = new double[n + 1];
        Arrays.fill(any, inf);
        any[0] = 0;
        // the layers (part counts) with a finite best at each position
        int[] lowLayer = new int[n + 1];
        int[] highLayer = new int[n + 1];
        Arrays.fill(lowLayer, Integer.MAX_VALUE);
        Arrays.fill(highLayer, -1);
        lowLayer[0] = 0;
        highLayer[0] = 0;
        for (int a = 0; a < n; a++) {
            if (any[a] == inf || !p.mayStart(a)) {
                continue; // no part can start here (unreachable, not a cut, or too close to the end)
            }
            int fromLayer = lowLayer[a];
            int toLayer = Math.min(highLayer[a], layers - 1);
            double reward = p.reward(a);
            double[] before = f.bestRows()[a];
            int beforeBase = f.base()[a];
            Scanned parts = p.scan(a);
            int[] ends = parts.ends();
            double[] costs = parts.costs();
            for (int i = 0; i < parts.count(); i++) {
                int e = ends[i];
                double s = costs[i];
                any[e] = Math.min(any[e], any[a] + s - reward);
                boolean prune = bound != null && e < n; // at the end every count is a complete cut
                int low = Integer.MAX_VALUE;
                int high = -1;
                for (int seg = fromLayer + 1; fromLayer <= toLayer && seg <= toLayer + 1; seg++) {
                    double previous = before[seg - 1 - beforeBase];
                    if (previous == inf) {
                        continue;
                    }
                    double c = previous + s - reward;
                    if (prune && bound.hopeless(c, e, seg)) {
                        continue;
                    }
                    // <=: among equal costs the latest start wins, as when starts were tried backwards
                    if (c <= f.best(e, seg)) {
                        f.cover(e, seg, seg);
                        f.bestRows()[e][seg - f.base()[e]] = c;
                        f.backRows()[e][seg - f.base()[e]] = a;
                        low = Math.min(low, seg);
                        high = seg;
                    }
                }
                lowLayer[e] = Math.min(lowLayer[e], low);
                highLayer[e] = Math.max(highLayer[e], high);
            }
        }
        return new Forward(f.bestRows(), f.backRows(), f.base(), any[n]);
    }

    /** The count of parts to cut into, among 1..layers; -1 when none is possible. */
    private int choose(Forward f, int n, int layers, int totalWords, int segments) {
        double inf = Double.POSITIVE_INFINITY;
        int bestK = -1;
        if (!estimateCount) {
            for (int seg = layers; seg >= 1; seg--) {
                if (f.best(n, seg) < inf) {
                    bestK = seg;
                    break;
                }
            }
        } else {
            double bestScore = inf;
            for (int seg = 1; seg <= layers; seg++) {
                if (f.best(n, seg) == inf) {
                    continue;
                }
                double score = countScore(f.best(n, seg), seg - 1, totalWords, segments);
                if (score < bestScore) {
                    bestScore = score;
                    bestK = seg;
                }
            }
        }
        return bestK;
    }

    /**
     * What the estimated count minimises: the cost of the best cut into {@code cuts + 1} parts plus the
     * description length of the boundaries and the Poisson prior around the expected count. Non-decreasing
     * in {@code cost} (also in floating point), which {@link #countsThatMayWin} relies on.
     */
    private static double countScore(double cost, int cuts, int totalWords, int segments) {
        double perBoundary = Math.log(Math.max(2, totalWords));
        double lambda = Math.max(0.5, segments - 1);
        double poisson = lambda - cuts * Math.log(lambda) + lgamma(cuts + 1);
        return cost + perBoundary * cuts + poisson;
    }

    /**
     * The largest count in (layers, k] that could score at most as well as the chosen one, or
     * {@code layers} when none can: each count's cost is at least the least cost over any count, so
     * its score is at least the score of that.
     */
    private static int countsThatMayWin(double chosenCost, double unconstrained, int layers, int k, int chosen,
                                        int totalWords, int segments) {
        double chosenScore = countScore(chosenCost, chosen - 1, totalWords, segments);
        int needed = layers;
        for (int seg = layers + 1; seg <= k; seg++) {
            if (countScore(unconstrained, seg - 1, totalWords, segments) <= chosenScore) {
                needed = seg;
            }
        }
        return needed;
    }

    /** log Γ(x) for x &gt; 0 (Lanczos approximation, g = 7). */
    static double lgamma(double x) {
        double[] g = {676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        x -= 1;
        double a = 0.99999999999980993;
        double t = x + 7.5;
        for (int i = 0; i < 8; i++) {
            a += g[i] / (x + i + 1);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    private static double time(double[] starts, double end, int index, int to) {
        return index >= to ? (to < starts.length ? starts[to] : end) : starts[index];
    }
}
