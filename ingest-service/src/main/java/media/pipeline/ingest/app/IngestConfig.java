package media.pipeline.ingest.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ingest-service settings ({@code ingest.*}). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {
    /** Largest transcript accepted, in bytes. */
    @WithDefault("5242880")
    int maxBytes();

    /**
     * Largest request body, in bytes: a transcript up to {@link #maxBytes()} plus room for an EpisodeAnnounced's JSON
     * escaping. Over it an upload is refused with a problem+json 413 before its body is read.
     */
    @WithDefault("8388608")
    long maxRequestBytes();

    /** Speaking rate used to estimate times of transcripts without timestamps, words per second. */
    @WithDefault("2.5")
    double wordsPerSecond();

    /**
     * Transcript bytes parsed and stored at once, over all uploads and the Kafka input; the rest wait (a
     * transcript costs ~15-20 times its size in heap until its event is in the outbox: keep it near a fifth of
     * -Xmx). Default 12 MiB: about 120 seed-sized episodes, or two of the largest.
     */
    @WithDefault("12582912")
    long inFlightBytes();

    /** How long an upload waits for room in {@link #inFlightBytes()} before it is answered 503 with Retry-After. */
    @WithDefault("30s")
    java.time.Duration admissionWait();
}
