package media.pipeline.runtime.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The checked form of {@link RetentionConfig}: which rows are old enough to delete at a given moment. */
public final class RetentionPolicy {
    private final Duration sentEvents;
    private final Duration processedEvents;
    private final int batchSize;

    /**
     * @param sentEvents      how long sent outbox rows are kept; zero keeps them forever
     * @param processedEvents how long processed-event ids are kept; zero keeps them forever
     * @param batchSize       rows deleted per transaction, at least 1
     */
    public RetentionPolicy(Duration sentEvents, Duration processedEvents, int batchSize) {
        this.sentEvents = requireNotNegative(sentEvents, "pipeline.retention.sent-events");
        this.processedEvents = requireNotNegative(processedEvents, "pipeline.retention.processed-events");
        if (batchSize < 1) {
            throw new IllegalArgumentException("pipeline.retention.batch-size must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    static RetentionPolicy of(RetentionConfig config) {
        return new RetentionPolicy(config.sentEvents(), config.processedEvents(), config.batchSize());
    }

    /** Sent outbox rows sent before this instant may be deleted; empty when they are kept forever. */
    public Optional<Instant> sentEventsBefore(Instant now) {
        return cutoff(now, sentEvents);
    }

    /** Processed-event ids recorded before this instant may be deleted; empty when they are kept forever. */
    public Optional<Instant> processedEventsBefore(Instant now) {
        return cutoff(now, processedEvents);
    }

    public int batchSize() {
        return batchSize;
    }

    private static Optional<Instant> cutoff(Instant now, Duration keep) {
        Objects.requireNonNull(now, "now");
        return keep.isZero() ? Optional.empty() : Optional.of(now.minus(keep));
    }

    private static Duration requireNotNegative(Duration keep, String name) {
        Objects.requireNonNull(keep, name);
        if (keep.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + keep);
        }
        return keep;
    }
}
