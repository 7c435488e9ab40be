package media.pipeline.runtime.outbox;

/**
 * An event larger than its channel's Kafka producer accepts ({@code max.request.size}). It could never be sent, and
 * an outbox row that cannot be sent would hold back every row after it, so {@link Outbox#append} refuses it and the
 * caller's transaction rolls back: the caller rejects its input (HTTP 413, or a dead-letter record with this reason).
 */
public final class EventTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long bytes;
    private final long limit;

    public EventTooLargeException(String eventType, String channel, long bytes, long limit) {
        super(String.format(java.util.Locale.ROOT, "%s event is %,d bytes, over the %,d bytes channel %s can send",
                eventType, bytes, limit, channel));
        this.bytes = bytes;
        this.limit = limit;
    }

    /** The size of the event as it would be sent (UTF-8 payload, key and headers). */
    public long bytes() {
        return bytes;
    }

    /** The largest event the channel can send. */
    public long limit() {
        return limit;
    }
}
