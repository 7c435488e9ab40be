package media.pipeline.runtime.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox rows to Kafka in order and marks them sent. A row is sent at least once:
 * if the process dies between the broker's acknowledgement and the update, the row is sent again
 * and the consumer's processed-event table absorbs the duplicate. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };
    private static final int BATCH = 50;

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Map<String, OutboxSender> senders = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean pendingWork = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    private final Counter sent;
    private final Counter failed;

    OutboxRelay(DataSource dataSource, ObjectMapper mapper, Instance<OutboxSender> senders, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        for (OutboxSender sender : senders) {
            this.senders.put(sender.channel(), sender);
        }
        this.sent = Counter.builder("pipeline.outbox.sent").description("outbox records sent to Kafka").register(registry);
        this.failed = Counter.builder("pipeline.outbox.failed").description("outbox sends that failed and will be retried").register(registry);
        registry.gauge("pipeline.outbox.pending", this, OutboxRelay::pendingQuietly);
    }

    /**
     * Sends what was just committed, on the caller's thread, so an event leaves as soon as its
     * transaction commits; if another thread is relaying, that thread picks the new rows up.
     */
    public void flush() {
        pendingWork.set(true);
        drain();
    }

    /** The safety net: rows left by a failed send or a crash are retried on a schedule. */
    @Scheduled(every = "${pipeline.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        pendingWork.set(true);
        drain();
    }

    private void drain() {
        while (pendingWork.get() && lock.tryLock()) {
            try {
                pendingWork.set(false);
                int count;
                do {
                    count = QuarkusTransaction.requiringNew().call(this::relayBatch);
                } while (count == BATCH);
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay paused: %s", e.getMessage());
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Claims up to one batch, sends each row, marks it sent; stops at the first failure. */
    int relayBatch() throws SQLException {
        List<OutboxRecord> batch = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, event_id, channel, event_type, record_key, payload, headers from outbox "
                            + "where sent_at is null order by id limit " + BATCH + " for update skip locked");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new OutboxRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), readHeaders(rs.getString(7))));
                }
            }
            for (OutboxRecord record : batch) {
                OutboxSender sender = senders.get(record.channel());
                try {
                    if (sender == null) {
                        throw new IllegalStateException("no sender for channel " + record.channel());
                    }
                    sender.send(record);
                } catch (RuntimeException e) {
                    failed.increment();
                    markFailed(c, record, e);
                    LOG.warnf("outbox: sending %s on %s failed, will retry: %s", record.eventId(), record.channel(), e.getMessage());
                    return 0;
                }
                try (PreparedStatement ps = c.prepareStatement("update outbox set sent_at = now(), attempts = attempts + 1 where id = ?")) {
                    ps.setLong(1, record.id());
                    ps.executeUpdate();
                }
                sent.increment();
            }
        }
        return batch.size();
    }

    private void markFailed(Connection c, OutboxRecord record, RuntimeException e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update outbox set attempts = attempts + 1, last_error = ? where id = ?")) {
            ps.setString(1, String.valueOf(e.getMessage()));
            ps.setLong(2, record.id());
            ps.executeUpdate();
        }
    }

    private Map<String, String> readHeaders(String json) {
        try {
            return mapper.readValue(json, HEADERS);
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** Rows not yet sent (for the gauge and the dashboard); -1 when the database is unreachable. */
    public long pending() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox where sent_at is null");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private double pendingQuietly() {
        try {
            return pending();
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }
}
