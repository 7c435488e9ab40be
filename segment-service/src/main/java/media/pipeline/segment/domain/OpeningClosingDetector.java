package media.pipeline.segment.domain;

/**
 * Finds where an episode's opening ends and where its closing starts. A sentence is an opening cue
 * when it greets, presents someone (a {@link DiscourseMarkers#opening} marker or the name of the host or a
 * guest) or announces the programme; a closing cue when it thanks, says goodbye or announces the end.
 * The intro ends at the gap, within the first part of the episode, that best separates a prefix dense
 * in opening cues from a following minute without them; the outro symmetrically, near the end.
 */
public final class OpeningClosingDetector {
    /** Share of cue sentences an intro/outro must have. */
    static final double MIN_DENSITY = 0.2;
    /** How much denser in cues the intro/outro must be than the minute next to it. */
    static final double MIN_CONTRAST = 0.15;
    private static final double NEIGHBOUR_SECONDS = 60;

    private final double minSeconds;

    /** @param minSeconds an intro or outro shorter than this is not cut off */
    public OpeningClosingDetector(double minSeconds) {
        if (!(minSeconds >= 0)) {
            throw new IllegalArgumentException("minSeconds must be >= 0, was " + minSeconds);
        }
        this.minSeconds = minSeconds;
    }

    /**
     * Index of the first sentence after the intro, or -1 when there is none.
     *
     * @param starts  start time of each sentence, non-decreasing
     * @param opening per sentence, whether it is an opening cue
     * @param bonus   per gap, a [0,1] preference among equally good ends (e.g. lexical depth)
     */
    public int introEnd(double[] starts, double end, boolean[] opening, double[] bonus) {
        int n = checkedLength(starts, opening, bonus);
        if (n < 3) {
            return -1;
        }
        int[] hits = prefixCounts(opening);
        double t0 = starts[0];
        double zoneEnd = t0 + Math.min(Math.max(90, 0.15 * (end - t0)), 360);
        int best = -1;
        double bestScore = MIN_CONTRAST;
        int cuesBefore = 0;
        for (int g = 1; g < n && starts[g] <= zoneEnd; g++) {
            cuesBefore += opening[g - 1] ? 1 : 0;
            if (starts[g] - t0 < minSeconds) {
                continue;
            }
            double prefix = (double) cuesBefore / g;
            double after = density(hits, starts, g, starts[g], starts[g] + NEIGHBOUR_SECONDS);
            double contrast = prefix - after;
            if (prefix >= MIN_DENSITY && contrast + 0.05 * bonus[g] > bestScore) {
                bestScore = contrast + 0.05 * bonus[g];
                best = g;
            }
        }
        return best;
    }

    /** Index of the first sentence of the outro, or -1 when there is none. */
    public int outroStart(double[] starts, double end, boolean[] closing, double[] bonus) {
        int n = checkedLength(starts, closing, bonus);
        if (n < 3) {
            return -1;
        }
        int[] hits = prefixCounts(closing);
        double t0 = starts[0];
        double zoneStart = end - Math.min(Math.max(60, 0.10 * (end - t0)), 240);
        int best = -1;
        double bestScore = MIN_CONTRAST;
        int cuesAfter = 0;
        for (int g = n - 1; g >= 1 && starts[g] >= zoneStart; g--) {
            cuesAfter += closing[g] ? 1 : 0;
            if (end - starts[g] < minSeconds || !closing[g]) {
                continue; // an outro begins with its first closing sentence
            }
            double suffix = (double) cuesAfter / (n - g);
            double before = density(hits, starts, 0, starts[g] - NEIGHBOUR_SECONDS, starts[g]);
            double contrast = suffix - before;
            if (suffix >= MIN_DENSITY && contrast + 0.05 * bonus[g] > bestScore) {
                bestScore = contrast + 0.05 * bonus[g];
                best = g;
            }
        }
        return best;
    }

    /**
     * Share of marked sentences among those from index {@code from} on that start in [t0, t1). Binary
     * searches and prefix counts instead of a scan: when many sentences share one start (stalled
     * times) the window around every gap holds all of them, and a scan per gap was quadratic.
     */
    private static double density(int[] hits, double[] starts, int from, double t0, double t1) {
        int a = firstAtOrAfter(starts, Math.max(0, from), t0);
        int b = firstAtOrAfter(starts, Math.max(0, from), t1);
        int count = b - a;
        return count <= 0 ? 0 : (double) (hits[b] - hits[a]) / count;
    }

    /** The first index i &gt;= from with starts[i] &gt;= t (starts.length when none); starts non-decreasing. */
    private static int firstAtOrAfter(double[] starts, int from, double t) {
        int lo = from;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** counts[i] = marked sentences before index i. */
    private static int[] prefixCounts(boolean[] marks) {
        int[] counts = new int[marks.length + 1];
        for (int i = 0; i < marks.length; i++) {
            counts[i + 1] = counts[i] + (marks[i] ? 1 : 0);
        }
        return counts;
    }

    private static int checkedLength(double[] starts, boolean[] marks, double[] bonus) {
        int n = starts.length;
        if (marks.length != n || bonus.length != n) {
            throw new IllegalArgumentException("starts, marks and bonus differ in length");
        }
        for (int i = 1; i < n; i++) {
            if (!(starts[i] >= starts[i - 1])) {
                throw new IllegalArgumentException("starts must be non-decreasing, index " + i);
            }
        }
        return n;
    }
}
