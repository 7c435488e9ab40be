package media.pipeline.runtime.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay runs ({@code pipeline.outbox.*}). */
@ConfigMapping(prefix = "pipeline.outbox")
public interface OutboxConfig {
    /** How often the relay looks for rows left unsent (read by the scheduler as {@code pipeline.outbox.interval}). */
    @WithDefault("1s")
    String interval();

    /**
     * After how many failed sends a row that fails for a lasting reason of its own (Kafka refused the record: too
     * large, invalid, not serialisable; or no sender for its channel) is parked, so that the rows behind it go out.
     * Other failures (a timeout, the broker unreachable, authentication or authorisation, which concern every row)
     * never park: the relay keeps the order and retries. At least 1.
     */
    @WithDefault("5")
    int parkAfter();
}
