package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Second opinion on boundaries found by a global method ({@link LikelihoodSegmentation}): a boundary is
 * kept only where the local lexical cohesion agrees, i.e. where some gap within {@code toleranceGaps}
 * of it has a TextTiling depth ({@link LexicalCohesion}) at least as deep as the average valley of the
 * episode (the mean of the depth curve's local maxima, the cut-off {@link BoundarySelector} also uses).
 * The likelihood alone also cuts at small vocabulary shifts inside a chapter (sub-topics, a demo, an
 * aside); requiring both views to agree trades a few right boundaries for fewer wrong ones, which is
 * what Pk and WindowDiff reward when the evidence is weak. Boundaries backed by other evidence (source
 * hints, intro/outro, transition markers, announced topics) are passed in {@code protectedGaps} and kept.
 */
public final class CohesionAgreement {
    private final int toleranceGaps;

    /** @param toleranceGaps how many gaps a valley may lie from the boundary (the depth curve's smoothing width) */
    public CohesionAgreement(int toleranceGaps) {
        if (toleranceGaps < 0) {
            throw new IllegalArgumentException("toleranceGaps must be >= 0, was " + toleranceGaps);
        }
        this.toleranceGaps = toleranceGaps;
    }

    /**
     * @param boundaries    sentence indices where chapters start (each the gap before that sentence)
     * @param depth         depth score per gap, {@code depth[g]} for the gap before sentence g (g ≥ 1),
     *                      any non-negative scale
     * @param protectedGaps boundaries kept whatever the depth
     * @return the kept boundaries, in their original order
     */
    public List<Integer> filter(List<Integer> boundaries, double[] depth, Collection<Integer> protectedGaps) {
        Objects.requireNonNull(boundaries, "boundaries");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(protectedGaps, "protectedGaps");
        double cutoff = meanPeak(depth);
        List<Integer> out = new ArrayList<>();
        for (Integer b : boundaries) {
            if (b == null || b < 1 || b >= depth.length) {
                continue;
            }
            if (protectedGaps.contains(b) || deepest(depth, b) >= cutoff) {
                out.add(b);
            }
        }
        return out;
    }

    private double deepest(double[] depth, int b) {
        double max = 0;
        for (int g = Math.max(1, b - toleranceGaps); g <= Math.min(depth.length - 1, b + toleranceGaps); g++) {
            max = Math.max(max, depth[g]);
        }
        return max;
    }

    /** Mean of the positive local maxima of {@code depth[1..]}; 0 when there are none. */
    static double meanPeak(double[] depth) {
        int n = depth.length;
        double sum = 0;
        int count = 0;
        for (int g = 1; g < n; g++) {
            boolean peak = (g == 1 || depth[g] >= depth[g - 1]) && (g == n - 1 || depth[g] >= depth[g + 1]);
            if (peak && depth[g] > 0) {
                sum += depth[g];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
