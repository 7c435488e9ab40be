package media.pipeline.segment.domain;

import java.util.Arrays;
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
    /** Upper bound on how many sentences are said per second, for {@link #maxWindowSentences()}. */
    static final double MAX_SENTENCES_PER_SECOND = 4;

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
     * @param starts start time of each sentence, non-decreasing (a time that goes backwards or is not
     *               finite counts as the one before it)
     */
    public double[] depths(List<List<String>> terms, double[] starts) {
        return depth(similarities(terms, starts));
    }

    /**
     * Smoothed block similarities per gap, {@code result[0] = 1}.
     *
     * <p>Linear in the number of term occurrences: terms become integer ids once, the two windows slide
     * forward with the gap (their term counts updated as sentences enter and leave), and each gap's
     * cosine visits only the terms of its two windows. Each window also holds at most
     * {@link #maxWindowSentences()} sentences, so times that stall (thousands of sentences sharing one
     * start after a timestamp restart was clamped) cannot make every window span the whole transcript.
     */
    public double[] similarities(List<List<String>> terms, double[] starts) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(starts, "starts");
        int n = terms.size();
        if (starts.length != n) {
            throw new IllegalArgumentException("terms and starts differ in length");
        }
        double[] sim = new double[n];
        if (n == 0) {
            return sim;
        }
        sim[0] = 1;
        double[] time = nonDecreasing(starts);
        // term ids in order of first occurrence; document frequency counts each sentence once
        Map<String, Integer> ids = new HashMap<>();
        int[][] sentenceIds = new int[n][];
        int[] df = new int[16];
        int[] seenIn = new int[16];
        for (int i = 0; i < n; i++) {
            List<String> t = Objects.requireNonNull(terms.get(i), "terms of a sentence");
            int[] row = new int[t.size()];
            for (int j = 0; j < row.length; j++) {
                Integer id = ids.putIfAbsent(t.get(j), ids.size());
                row[j] = id == null ? ids.size() - 1 : id;
                if (row[j] >= df.length) {
                    df = Arrays.copyOf(df, 2 * df.length);
                    seenIn = Arrays.copyOf(seenIn, df.length);
                }
                if (seenIn[row[j]] != i + 1) {
                    seenIn[row[j]] = i + 1;
                    df[row[j]]++;
                }
            }
            sentenceIds[i] = row;
        }
        int v = ids.size();
        double[] idf = new double[v];
        for (int id = 0; id < v; id++) {
            idf[id] = Math.log((n + 1.0) / df[id]);
        }
        int[][] windows = windows(time, blockSeconds, maxWindowSentences());
        int[] from = windows[0];
        int[] to = windows[1];
        int[] left = new int[v];
        int[] right = new int[v];
        int[] visited = new int[v];
        // left window [lo, g), right window [g, hi): both bounds only move forwards
        int lo = 0;
        int hi = 1;
        for (int g = 1; g < n; g++) {
            add(left, sentenceIds[g - 1], 1);
            while (lo < from[g]) {
                add(left, sentenceIds[lo++], -1);
            }
            if (g > 1) {
                add(right, sentenceIds[g - 1], -1); // the gap moved past it
            }
            while (hi < to[g]) {
                add(right, sentenceIds[hi++], 1);
            }
            sim[g] = cosine(sentenceIds, lo, g, hi, left, right, idf, visited, g);
        }
        return smooth(sim);
    }

    /**
     * The two windows of each gap g &gt;= 1: the sentences [from[g], g) that start in the
     * {@code blockSeconds} before the gap's time (at least sentence g - 1) and [g, to[g]) that start in
     * the {@code blockSeconds} from it (at least sentence g), each at most {@code cap} sentences. Both
     * bounds are non-decreasing in g.
     *
     * @param time non-decreasing start times
     */
    static int[][] windows(double[] time, double blockSeconds, int cap) {
        int n = time.length;
        int[] from = new int[n];
        int[] to = new int[n];
        int lo = 0;
        int hi = 1;
        for (int g = 1; g < n; g++) {
            double t = time[g];
            while (lo < g - 1 && (time[lo] < t - blockSeconds || g - lo > cap)) {
                lo++;
            }
            hi = Math.max(hi, g + 1);
            while (hi < n && time[hi] < t + blockSeconds && hi - g < cap) {
                hi++;
            }
            from[g] = lo;
            to[g] = hi;
        }
        return new int[][] {from, to};
    }

    /**
     * The most sentences one window may hold: what a speaker could say in {@code blockSeconds} at
     * {@value #MAX_SENTENCES_PER_SECOND} sentences a second. Real speech stays far below it (the
     * benchmark transcripts have at most a few hundred per 150 s window), so only stalled times reach it.
     */
    public int maxWindowSentences() {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(blockSeconds * MAX_SENTENCES_PER_SECOND)) + 1;
    }

    /** Times made usable for windows: a time that goes backwards, or is not a number, counts as the one before. */
    static double[] nonDecreasing(double[] starts) {
        double[] out = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            double previous = i == 0 ? 0 : out[i - 1];
            double s = Double.isFinite(starts[i]) ? starts[i] : previous;
            out[i] = i == 0 ? s : Math.max(s, previous);
        }
        return out;
    }

    private static void add(int[] counts, int[] ids, int delta) {
        for (int id : ids) {
            counts[id] += delta;
        }
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

    /**
     * Depth of each gap below the peaks reached by climbing from it on each side while the
     * similarity does not fall (Hearst 1997). Linear: the peak reached from gap g on the left is the
     * one reached from g - 1 whenever sim[g - 1] &gt;= sim[g] (the climb from g passes g - 1 and then
     * goes on exactly as the climb from g - 1 would); likewise on the right. A long plateau (many
     * equal similarities) no longer costs a walk per gap.
     */
    static double[] depth(double[] sim) {
        int n = sim.length;
        double[] d = new double[n];
        if (n < 2) {
            return d;
        }
        double[] leftPeak = new double[n];
        for (int g = 1; g < n; g++) {
            leftPeak[g] = g > 1 && sim[g - 1] >= sim[g] ? leftPeak[g - 1] : sim[g];
        }
        double[] rightPeak = new double[n];
        for (int g = n - 1; g >= 1; g--) {
            rightPeak[g] = g < n - 1 && sim[g + 1] >= sim[g] ? rightPeak[g + 1] : sim[g];
        }
        for (int g = 1; g < n; g++) {
            d[g] = (leftPeak[g] - sim[g]) + (rightPeak[g] - sim[g]);
        }
        return d;
    }

    /** Cosine of the sublinear TF × IDF vectors of sentences [lo, g) and [g, hi); {@code stamp} marks visited ids. */
    private static double cosine(int[][] sentenceIds, int lo, int g, int hi, int[] left, int[] right, double[] idf,
                                 int[] visited, int stamp) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = lo; i < g; i++) {
            for (int id : sentenceIds[i]) {
                if (visited[id] != stamp) {
                    visited[id] = stamp;
                    double w = (1 + Math.log(left[id])) * idf[id];
                    na += w * w;
                    if (right[id] > 0) {
                        dot += w * (1 + Math.log(right[id])) * idf[id];
                    }
                }
            }
        }
        int rightStamp = -stamp;
        for (int i = g; i < hi; i++) {
            for (int id : sentenceIds[i]) {
                if (visited[id] != rightStamp) {
                    visited[id] = rightStamp;
                    double w = (1 + Math.log(right[id])) * idf[id];
                    nb += w * w;
                }
            }
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
