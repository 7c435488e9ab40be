package media.pipeline.segment.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TextTiling-style block comparison on the time axis. For each gap before sentence {@code g}, the
 * content terms of the sentences starting in the {@code blockSeconds} before the gap are compared with
 * those in the {@code blockSeconds} after it: cosine of sublinear TF × IDF vectors (IDF over
 * sentences). Scores are smoothed over neighbouring gaps, then turned into depth scores (how far the
 * similarity falls below the nearest peaks on each side, Hearst 1997). Time-based blocks keep the
 * comparison fair when sentence lengths vary (monologue vs quick exchanges).
 */
public final class LexicalCohesion {
    private final double blockSeconds;
    private final int smoothingWidth;

    public LexicalCohesion(double blockSeconds, int smoothingWidth) {
        if (!(blockSeconds > 0)) {
            throw new IllegalArgumentException("blockSeconds must be > 0, was " + blockSeconds);
        }
        if (smoothingWidth < 0) {
            throw new IllegalArgumentException("smoothingWidth must be >= 0, was " + smoothingWidth);
        }
        this.blockSeconds = blockSeconds;
        this.smoothingWidth = smoothingWidth;
    }

    /**
     * Depth scores: {@code result[g]} for the gap before sentence g (g ≥ 1); {@code result[0] = 0}.
     *
     * @param terms  content terms of each sentence
     * @param starts start time of each sentence, non-decreasing
     */
    public double[] depths(List<List<String>> terms, double[] starts) {
        return depth(similarities(terms, starts));
    }

    /** Smoothed block similarities per gap, {@code result[0] = 1}. */
    public double[] similarities(List<List<String>> terms, double[] starts) {
        Objects.requireNonNull(terms, "terms");
        int n = terms.size();
        if (starts.length != n) {
            throw new IllegalArgumentException("terms and starts differ in length");
        }
        double[] sim = new double[n];
        if (n == 0) {
            return sim;
        }
        sim[0] = 1;
        Map<String, Integer> df = new HashMap<>();
        for (List<String> t : terms) {
            for (String term : new java.util.HashSet<>(t)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((k, v) -> idf.put(k, Math.log((n + 1.0) / v)));
        for (int g = 1; g < n; g++) {
            double t = starts[g];
            Map<String, Integer> left = new HashMap<>();
            Map<String, Integer> right = new HashMap<>();
            for (int i = g - 1; i >= 0 && (starts[i] >= t - blockSeconds || i == g - 1); i--) {
                terms.get(i).forEach(x -> left.merge(x, 1, Integer::sum));
            }
            for (int i = g; i < n && (starts[i] < t + blockSeconds || i == g); i++) {
                terms.get(i).forEach(x -> right.merge(x, 1, Integer::sum));
            }
            sim[g] = cosine(left, right, idf);
        }
        return smooth(sim);
    }

    private double[] smooth(double[] sim) {
        int n = sim.length;
        double[] out = sim.clone();
        for (int g = 1; g < n; g++) {
            double sum = 0;
            int count = 0;
            for (int k = Math.max(1, g - smoothingWidth); k <= Math.min(n - 1, g + smoothingWidth); k++) {
                sum += sim[k];
                count++;
            }
            out[g] = sum / count;
        }
        return out;
    }

    static double[] depth(double[] sim) {
        int n = sim.length;
        double[] d = new double[n];
        for (int g = 1; g < n; g++) {
            double lp = sim[g];
            for (int k = g - 1; k >= 1 && sim[k] >= lp; k--) {
                lp = sim[k];
            }
            double rp = sim[g];
            for (int k = g + 1; k < n && sim[k] >= rp; k++) {
                rp = sim[k];
            }
            d[g] = (lp - sim[g]) + (rp - sim[g]);
        }
        return d;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> idf) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (var e : a.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            na += w * w;
            Integer other = b.get(e.getKey());
            if (other != null) {
                dot += w * (1 + Math.log(other)) * idf.get(e.getKey());
            }
        }
        for (var e : b.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
