package media.pipeline.runtime.outbox;

import java.util.Map;

/** An event waiting in the outbox: what to send, where, with which key and headers. */
public record OutboxRecord(long id, String eventId, String channel, String eventType, String key,
                           String payload, Map<String, String> headers) {
    public OutboxRecord {
        headers = Map.copyOf(headers);
    }
}
