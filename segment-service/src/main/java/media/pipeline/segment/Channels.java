package media.pipeline.segment;

/** Channel names of segment-service; their topics are set in application.properties only. */
public final class Channels {
    /** TranscriptIngested events from ingest-service. */
    public static final String TRANSCRIPTS_IN = "transcripts-in";
    /** SegmentsEnriched events, sent by the outbox relay. */
    public static final String SEGMENTS_OUT = "segments-out";

    private Channels() {
    }
}
