package media.pipeline.runtime.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Appends an event to the outbox in the caller's transaction, so the event is published if and only
 * if the caller's writes commit. {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final String source;
    private final org.eclipse.microprofile.config.Config config;
    private final Map<String, Long> limits = new java.util.concurrent.ConcurrentHashMap<>();

    Outbox(DataSource dataSource, ObjectMapper mapper,
           @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.application.name") String source,
           org.eclipse.microprofile.config.Config config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.source = source;
        this.config = config;
    }

    /** The largest event a channel can send: its producer's {@code max.request.size} less the record framing. */
    long limit(String channel) {
        return limits.computeIfAbsent(channel, c -> EventSize.limit(config.getOptionalValue(
                "mp.messaging.outgoing." + c + ".max.request.size", Long.class).orElse(EventSize.KAFKA_DEFAULT_MAX_REQUEST)));
    }

    /**
     * @param channel   the outgoing channel (its topic is configuration)
     * @param eventType CloudEvents type, e.g. {@code media.pipeline.TranscriptIngested.v1}
     * @param key       the Kafka record key (the episode id)
     * @throws EventTooLargeException when the event is larger than the channel can send: it would block the outbox
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String channel, String eventType, String eventId, String key, Object payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/" + source);
        headers.put("ce_type", eventType);
        headers.put("ce_subject", key);
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        TraceHeaders.current().forEach(headers::put);
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        long bytes = EventSize.of(key, json, headers);
        if (bytes > limit(channel)) {
            throw new EventTooLargeException(eventType, channel, bytes, limit(channel));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into outbox(event_id, channel, event_type, record_key, payload, headers) values (?,?,?,?,?,?)")) {
            ps.setString(1, eventId);
            ps.setString(2, channel);
            ps.setString(3, eventType);
            ps.setString(4, key);
            ps.setString(5, json);
            ps.setString(6, mapper.writeValueAsString(headers));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to outbox: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
