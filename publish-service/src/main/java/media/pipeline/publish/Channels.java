package media.pipeline.publish;

/** Channel names of publish-service; their topics are set in application.properties only. */
public final class Channels {
    /** SegmentsEnriched events from segment-service. */
    public static final String SEGMENTS_IN = "segments-in";
    /** Every stage's events and dead letters, for the operators' dashboard. */
    public static final String PIPELINE_EVENTS_IN = "pipeline-events-in";
    /** ChaptersPublished events, sent by the outbox relay. */
    public static final String CHAPTERS_OUT = "chapters-out";

    private Channels() {
    }
}
