package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Globally optimal lexical segmentation into a given number of segments (Utiyama &amp; Isahara 2001):
 * each segment is a bag of content terms drawn from its own Laplace-smoothed unigram model, and
 * dynamic programming finds the cut that maximises the likelihood of the whole text. Unlike
 * TextTiling's local depth, every boundary is placed knowing all the others. Segments shorter than
 * {@code minSeconds} or longer than {@code maxSeconds} are not considered.
 */
public final class LikelihoodSegmentation {
    private final double minSeconds;
    private final double maxSeconds;

    public LikelihoodSegmentation(double minSeconds, double maxSeconds) {
        if (!(minSeconds >= 0) || !(maxSeconds > minSeconds) || Double.isNaN(maxSeconds)) {
            throw new IllegalArgumentException("need 0 <= minSeconds < maxSeconds, were " + minSeconds + ", " + maxSeconds);
        }
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    /**
     * Boundaries (indices of the sentences that start a segment, excluding {@code from}) that cut
     * sentences [from, to) into {@code segments} parts; fewer when the length limits do not allow so many.
     *
     * @param bonus per gap, subtracted from the cost of a boundary there, in nats per content term of
     *              the average segment (0 = none)
     */
    public List<Integer> boundaries(List<List<String>> terms, double[] starts, double end, int from, int to,
                                    int segments, double[] bonus) {
        int n = to - from;
        List<Integer> out = new ArrayList<>();
        if (n <= 1 || segments <= 1) {
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
        int v = Math.max(1, vocabulary.size());
        double scale = totalWords / (double) segments; // words of an average segment
        // cost[a][len]: negative log-likelihood of sentences [from+a, from+a+len)
        double[][] cost = new double[n][];
        int[] counts = new int[v];
        for (int a = 0; a < n; a++) {
            List<Double> row = new ArrayList<>();
            double s = 0;
            int words = 0;
            List<Integer> touched = new ArrayList<>();
            for (int b = a; b < n; b++) {
                double dur = time(starts, end, from + b + 1, to) - starts[from + a];
                if (dur > maxSeconds && b > a) {
                    break;
                }
                for (String t : terms.get(from + b)) {
                    int id = vocabulary.get(t);
                    int c = counts[id];
                    if (c == 0) {
                        touched.add(id);
                    }
                    // s = sum_w c_w * log(c_w + 1); update for c -> c + 1
                    s += (c + 1) * Math.log(c + 2) - c * Math.log(c + 1);
                    counts[id] = c + 1;
                    words++;
                }
                row.add(words * Math.log(words + v) - s);
            }
            for (int id : touched) {
                counts[id] = 0;
            }
            cost[a] = row.stream().mapToDouble(Double::doubleValue).toArray();
        }
        int k = Math.min(segments, n);
        double inf = Double.POSITIVE_INFINITY;
        double[][] best = new double[k + 1][n + 1];
        int[][] back = new int[k + 1][n + 1];
        for (double[] r : best) {
            java.util.Arrays.fill(r, inf);
        }
        best[0][0] = 0;
        for (int seg = 1; seg <= k; seg++) {
            for (int b = 1; b <= n; b++) {
                double tb = time(starts, end, from + b, to);
                for (int a = b - 1; a >= 0; a--) {
                    int len = b - a;
                    if (len > cost[a].length) {
                        break; // longer than maxSeconds from here on
                    }
                    double dur = tb - starts[from + a];
                    if (dur < minSeconds || best[seg - 1][a] == inf) {
                        continue;
                    }
                    double c = best[seg - 1][a] + cost[a][len - 1];
                    if (a > 0 && bonus != null) {
                        c -= bonus[from + a] * scale;
                    }
                    if (c < best[seg][b]) {
                        best[seg][b] = c;
                        back[seg][b] = a;
                    }
                }
            }
        }
        int bestK = -1;
        for (int seg = k; seg >= 1; seg--) {
            if (best[seg][n] < inf) {
                bestK = seg;
                break;
            }
        }
        if (bestK < 0) {
            // the length limits leave no way to cut the range: try again without the upper one
            return maxSeconds == Double.MAX_VALUE ? out
                    : new LikelihoodSegmentation(minSeconds, Double.MAX_VALUE)
                    .boundaries(terms, starts, end, from, to, segments, bonus);
        }
        int b = n;
        for (int seg = bestK; seg >= 1; seg--) {
            int a = back[seg][b];
            if (a > 0) {
                out.add(0, from + a);
            }
            b = a;
        }
        return out;
    }

    private static double time(double[] starts, double end, int index, int to) {
        return index >= to ? (to < starts.length ? starts[to] : end) : starts[index];
    }
}
