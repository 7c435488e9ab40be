package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the summary sentences by maximal marginal relevance: repeatedly the sentence maximising
 * {@code lambda * score - (1 - lambda) * max similarity to those already picked}, skipping any
 * sentence whose similarity to a picked one exceeds {@code redundancy} and any of score 0.
 * Returns the picked indices in the original (time) order.
 */
final class MmrSelector {
    private final double lambda;
    private final double redundancy;

    MmrSelector(double lambda, double redundancy) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in [0, 1], was " + lambda);
        }
        if (!(redundancy > 0 && redundancy <= 1)) {
            throw new IllegalArgumentException("redundancy must be in (0, 1], was " + redundancy);
        }
        this.lambda = lambda;
        this.redundancy = redundancy;
    }

    MmrSelector() {
        this(0.7, 0.5);
    }

    /** How many sentences a chapter with {@code candidates} usable sentences gets: 2 to 4, fewer only if fewer exist. */
    static int targetCount(int candidates) {
        if (candidates <= 2) {
            return candidates;
        }
        return Math.max(2, Math.min(4, (int) Math.ceil(candidates / 4.0)));
    }

    List<Integer> select(double[] scores, double[][] similarities, int count) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(similarities, "similarities");
        if (similarities.length != scores.length) {
            throw new IllegalArgumentException("scores and similarities differ in size");
        }
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        List<Integer> picked = new ArrayList<>();
        if (max <= 0) {
            return picked;
        }
        boolean[] used = new boolean[scores.length];
        while (picked.size() < count) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < scores.length; i++) {
                if (used[i] || scores[i] <= 0) {
                    continue;
                }
                double maxSim = 0;
                for (int j : picked) {
                    maxSim = Math.max(maxSim, similarities[i][j]);
                }
                if (maxSim > redundancy) {
                    continue;
                }
                double value = lambda * scores[i] / max - (1 - lambda) * maxSim;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            picked.add(best);
        }
        picked.sort(Integer::compare);
        return picked;
    }
}
