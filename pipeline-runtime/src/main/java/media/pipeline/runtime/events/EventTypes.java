package media.pipeline.runtime.events;

/** CloudEvents {@code type} values of the pipeline's events (versioned like the topics). */
public final class EventTypes {
    public static final String TRANSCRIPT_INGESTED = "media.pipeline.TranscriptIngested.v1";
    public static final String SEGMENTS_ENRICHED = "media.pipeline.SegmentsEnriched.v1";
    public static final String CHAPTERS_PUBLISHED = "media.pipeline.ChaptersPublished.v1";

    private EventTypes() {
    }
}
