package media.pipeline.contracts;

/**
 * Versioned Kafka topic names of the pipeline. Services never use these in code to pick a topic:
 * channels are mapped to topics in configuration. These constants serve tools, tests and docs.
 */
public final class Topics {
    public static final String EPISODES_NEW = "episodes.new.v1";
    public static final String TRANSCRIPTS_INGESTED = "transcripts.ingested.v1";
    public static final String SEGMENTS_ENRICHED = "segments.enriched.v1";
    public static final String SUMMARIES_PUBLISHED = "summaries.published.v1";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of a consumed topic. */
    public static String deadLetter(String topic) {
        return Require.text(topic, "topic") + DLQ_SUFFIX;
    }
}
