package media.pipeline.runtime.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
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
 * {@code FOR UPDATE SKIP LOCKED}, so several instances can relay side by side. A row whose send fails stops the
 * batch and is retried in order, unless it failed {@code pipeline.outbox.park-after} times for a lasting reason of its
 * own ({@link SendFailures#lasting}): then it is parked (kept, skipped, counted, logged) and the rows behind it go out.
 */
@ApplicationScoped
@Startup // made at start, so a wrong pipeline.outbox.park-after stops the service there, naming it
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
    private final int parkAfter;

    OutboxRelay(DataSource dataSource, ObjectMapper mapper, Instance<OutboxSender> senders, MeterRegistry registry,
                OutboxConfig config) {
        if (config.parkAfter() < 1) {
            throw new IllegalArgumentException("pipeline.outbox.park-after must be at least 1, was " + config.parkAfter());
        }
        this.parkAfter = config.parkAfter();
        this.dataSource = dataSource;
        this.mapper = mapper;
        for (OutboxSender sender : senders) {
            this.senders.put(sender.channel(), sender);
        }
        this.sent = Counter.builder("pipeline.outbox.sent").description("outbox records sent to Kafka").register(registry);
        this.failed = Counter.builder("pipeline.outbox.failed").description("outbox sends that failed").register(registry);
        registry.gauge("pipeline.outbox.pending", this, r -> quietly(r::pending));
        // rows set aside after failing for a lasting reason, kept until released by hand (docs/deployment.md)
        registry.gauge("pipeline.outbox.parked", this, r -> quietly(r::parked));
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

    /**
     * Claims up to one batch, sends each row, marks it sent; stops at the first failure. The batch is claimed
     * without its payloads, and each payload is read just before it is sent: a batch of large events (a 36 h
     * transcript's TranscriptIngested is ~10 MB) must not all be in the heap at once.
     */
    int relayBatch() throws SQLException {
        List<Claimed> batch = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, event_id, channel, event_type, record_key, headers from outbox "
                            + "where sent_at is null and parked_at is null order by id limit " + BATCH + " for update skip locked");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            for (Claimed claimed : batch) {
                OutboxSender sender = senders.get(claimed.channel());
                try {
                    if (sender == null) {
                        throw new SendFailures.NoSenderException(claimed.channel());
                    }
                    sender.send(claimed.withPayload(payload(c, claimed.id()), readHeaders(claimed.headers())));
                } catch (RuntimeException e) {
                    failed.increment();
                    int parkedAfter = markFailed(c, claimed.id(), e, SendFailures.lasting(e));
                    if (parkedAfter > 0) {
                        LOG.errorf("outbox: %s on %s (%s, key %s) parked after %d failed sends, the rows behind it go on: %s. "
                                        + "Once the cause is fixed, release it with: update outbox set parked_at = null where id = %d",
                                claimed.eventId(), claimed.channel(), claimed.eventType(), claimed.key(), parkedAfter,
                                e.getMessage(), claimed.id());
                        continue;
                    }
                    LOG.warnf("outbox: sending %s on %s failed, will retry: %s", claimed.eventId(), claimed.channel(), e.getMessage());
                    return 0;
                }
                try (PreparedStatement ps = c.prepareStatement("update outbox set sent_at = now(), attempts = attempts + 1 where id = ?")) {
                    ps.setLong(1, claimed.id());
                    ps.executeUpdate();
                }
                sent.increment();
            }
        }
        return batch.size();
    }

    /** A claimed row, all but its payload. */
    private record Claimed(long id, String eventId, String channel, String eventType, String key, String headers) {
        OutboxRecord withPayload(String payload, Map<String, String> parsedHeaders) {
            return new OutboxRecord(id, eventId, channel, eventType, key, payload, parsedHeaders);
        }
    }

    private static String payload(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select payload from outbox where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("outbox row " + id + " vanished while claimed");
                }
                return rs.getString(1);
            }
        }
    }

    /**
     * Counts the failed attempt and parks the row if the failure is lasting and the row has failed park-after times
     * (a row released by hand and failing again is parked at once). The attempts when parked, else 0.
     */
    private int markFailed(Connection c, long id, RuntimeException e, boolean lasting) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update outbox set attempts = attempts + 1, last_error = ?, "
                + "parked_at = case when ? and attempts + 1 >= ? then now() end where id = ? "
                + "returning case when parked_at is null then 0 else attempts end")) {
            ps.setString(1, String.valueOf(e.getMessage()));
            ps.setBoolean(2, lasting);
            ps.setInt(3, parkAfter);
            ps.setLong(4, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private Map<String, String> readHeaders(String json) {
        try {
            return mapper.readValue(json, HEADERS);
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** Rows waiting to be sent, parked ones not included (for the gauge and the dashboard). */
    public long pending() throws SQLException {
        return count("sent_at is null and parked_at is null");
    }

    /** Rows parked and not released (for the gauge). */
    public long parked() throws SQLException {
        return count("parked_at is not null and sent_at is null");
    }

    private long count(String where) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox where " + where);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A count for a gauge: -1 when the database is unreachable. */
    private static double quietly(Count count) {
        try {
            return count.get();
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    @FunctionalInterface
    private interface Count {
        long get() throws SQLException;
    }
}
