package media.pipeline.ingest;

/** Channel names of ingest-service; their topics are set in application.properties only. */
public final class Channels {
    /** New-episode events from broadcast automation. */
    public static final String EPISODES_IN = "episodes-in";
    /** Downstream progress (segments, summaries, dead letters) for the episode status. */
    public static final String STATUS_IN = "status-in";
    /** TranscriptIngested events, sent by the outbox relay. */
    public static final String TRANSCRIPTS_OUT = "transcripts-out";

    private Channels() {
    }
}
