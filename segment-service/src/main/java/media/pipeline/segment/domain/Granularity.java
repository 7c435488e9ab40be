package media.pipeline.segment.domain;

/** How finely to cut an episode, as a target number of topic chapters per hour of speech. */
public enum Granularity {
    /** Big parts: a lecture's chapters, a show's main blocks (about one every 10 minutes). */
    COARSE(6),
    /** A talk show's topics (about one every 5 minutes). */
    NORMAL(12),
    /** Sub-topics (about one every 2 minutes). */
    FINE(30);

    private final double chaptersPerHour;

    Granularity(double chaptersPerHour) {
        this.chaptersPerHour = chaptersPerHour;
    }

    public double chaptersPerHour() {
        return chaptersPerHour;
    }
}
