package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Picks chapter boundaries among sentence gaps by score: forced boundaries first (source chapter
 * hints, intro end, outro start), then the best-scoring gaps, greedily, keeping every chapter at least
 * {@code minSeconds} long, until the target count is reached (at least {@code 0.6 × target}, then only
 * gaps scoring above the mean of the local maxima, at most {@code 1.4 × target}).
 */
public final class BoundarySelector {
    private final double minSeconds;

    public BoundarySelector(double minSeconds) {
        if (!(minSeconds >= 0)) {
            throw new IllegalArgumentException("minSeconds must be >= 0, was " + minSeconds);
        }
        this.minSeconds = minSeconds;
    }

    /**
     * @param starts  start time of each sentence
     * @param end     end of the last sentence
     * @param score   per gap g (before sentence g), g ≥ 1
     * @param from    first gap allowed (inclusive)
     * @param to      last gap allowed (exclusive); also the end of the range that {@code target} covers
     * @param target  wanted number of new boundaries in [from, to)
     * @param forced  boundaries that are kept whatever their score (sentence indices)
     * @return sorted sentence indices where chapters start, excluding 0, including the forced ones
     */
    public List<Integer> select(double[] starts, double end, double[] score, int from, int to, int target,
                                Collection<Integer> forced) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (Integer f : forced) {
            if (f != null && f > 0 && f < starts.length) {
                chosen.add(f);
            }
        }
        int n = starts.length;
        from = Math.max(1, from);
        to = Math.min(n, to);
        if (target <= 0 || from >= to) {
            return new ArrayList<>(chosen);
        }
        List<Integer> candidates = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        for (int g = from; g < to; g++) {
            candidates.add(g);
            boolean peak = (g == 1 || score[g] >= score[g - 1]) && (g == n - 1 || score[g] >= score[g + 1]);
            if (peak && score[g] > 0) {
                peaks.add(score[g]);
            }
        }
        double cutoff = peaks.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        candidates.sort((a, b) -> Double.compare(score[b], score[a]));
        int min = (int) Math.floor(0.6 * target);
        int max = (int) Math.ceil(1.4 * target);
        int added = 0;
        for (int g : candidates) {
            if (added >= max || score[g] <= 0 || added >= min && score[g] < cutoff) {
                break;
            }
            if (fits(g, chosen, starts, end)) {
                chosen.add(g);
                added++;
            }
        }
        return new ArrayList<>(chosen);
    }

    private boolean fits(int g, TreeSet<Integer> chosen, double[] starts, double end) {
        double t = starts[g];
        Integer lower = chosen.lower(g);
        Integer higher = chosen.higher(g);
        double prev = lower == null ? starts[0] : starts[lower];
        double next = higher == null ? end : starts[higher];
        return t - prev >= minSeconds && next - t >= minSeconds && !chosen.contains(g);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
