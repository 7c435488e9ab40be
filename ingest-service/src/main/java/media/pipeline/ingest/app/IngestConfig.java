package media.pipeline.ingest.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ingest-service settings ({@code ingest.*}). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {
    /** Largest transcript accepted, in bytes. */
    @WithDefault("5242880")
    int maxBytes();

    /** Speaking rate used to estimate times of transcripts without timestamps, words per second. */
    @WithDefault("2.5")
    double wordsPerSecond();
}
