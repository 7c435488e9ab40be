package media.pipeline.runtime.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the pipeline's bookkeeping rows are kept ({@code pipeline.retention.*}). Episodes, chapters and
 * dead letters are the product's data and are never deleted here; only rows whose job is done are.
 */
@ConfigMapping(prefix = "pipeline.retention")
public interface RetentionConfig {
    /**
     * How long an outbox row is kept after Kafka acknowledged it, for inspection by hand. Unsent rows are
     * never deleted. {@code 0} keeps sent rows forever.
     */
    @WithDefault("P7D")
    Duration sentEvents();

    /**
     * How long a consumer remembers an event id it processed. A redelivery older than this is processed
     * again, so keep it above the topics' retention (Kafka's default is 7 days). {@code 0} keeps ids forever.
     */
    @WithDefault("P30D")
    Duration processedEvents();

    /** Rows deleted per transaction, so a large backlog never holds long locks or one huge transaction. */
    @WithDefault("1000")
    int batchSize();

    /** How often the clean-up runs (read by the scheduler as {@code pipeline.retention.interval}). */
    @WithDefault("1h")
    String interval();

    /** How long after start the first clean-up runs ({@code pipeline.retention.delay}). */
    @WithDefault("5m")
    String delay();
}
