package media.pipeline.runtime.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Deletes the bookkeeping rows a {@link RetentionPolicy} lets go: outbox rows sent before its cutoff and
 * processed-event ids recorded before its cutoff. Unsent outbox rows are never touched. Rows go in batches of
 * the policy's size, each batch its own statement on an auto-commit connection, so a large backlog neither holds
 * locks for long nor builds one huge transaction.
 */
public final class RetentionSweep {
    private static final String SENT_EVENTS = "delete from outbox where id in "
            + "(select id from outbox where sent_at < ? limit ?)";
    private static final String PROCESSED_EVENTS = "delete from processed_event where (consumer, event_id) in "
            + "(select consumer, event_id from processed_event where processed_at < ? limit ?)";

    /** What one sweep deleted. */
    public record Swept(long sentEvents, long processedEvents) {
    }

    private final RetentionPolicy policy;

    public RetentionSweep(RetentionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param connection an auto-commit connection whose search path holds the service's outbox and
     *                   processed_event tables
     */
    public Swept sweep(Connection connection, Instant now) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalArgumentException("the sweep commits batch by batch: give it an auto-commit connection");
        }
        return new Swept(deleteBefore(connection, SENT_EVENTS, policy.sentEventsBefore(now)),
                deleteBefore(connection, PROCESSED_EVENTS, policy.processedEventsBefore(now)));
    }

    private long deleteBefore(Connection connection, String sql, Optional<Instant> cutoff) throws SQLException {
        if (cutoff.isEmpty()) {
            return 0;
        }
        long total = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(cutoff.get()));
            ps.setInt(2, policy.batchSize());
            int deleted;
            do {
                deleted = ps.executeUpdate();
                total += deleted;
            } while (deleted == policy.batchSize());
        }
        return total;
    }
}
