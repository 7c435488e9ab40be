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
     * @param opening per sentence, whether it is an opening cue
     * @param bonus   per gap, a [0,1] preference among equally good ends (e.g. lexical depth)
     */
    public int introEnd(double[] starts, double end, boolean[] opening, double[] bonus) {
        int n = starts.length;
        if (n < 3) {
            return -1;
        }
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
            double after = density(opening, starts, g, starts[g], starts[g] + NEIGHBOUR_SECONDS);
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
        int n = starts.length;
        if (n < 3) {
            return -1;
        }
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
            double before = density(closing, starts, 0, starts[g] - NEIGHBOUR_SECONDS, starts[g]);
            double contrast = suffix - before;
            if (suffix >= MIN_DENSITY && contrast + 0.05 * bonus[g] > bestScore) {
                bestScore = contrast + 0.05 * bonus[g];
                best = g;
            }
        }
        return best;
    }

    private static double density(boolean[] marks, double[] starts, int from, double t0, double t1) {
        int hits = 0;
        int count = 0;
        for (int i = Math.max(0, from); i < starts.length && starts[i] < t1; i++) {
            if (starts[i] >= t0) {
                count++;
                hits += marks[i] ? 1 : 0;
            }
        }
        return count == 0 ? 0 : (double) hits / count;
    }
}
