package media.pipeline.runtime.outbox;

import java.util.Map;

/** How big an outbox event is once sent, and how big its channel lets it be. Pure; no allocation. */
final class EventSize {
    /** Kafka's default {@code max.request.size}, for a channel that does not set it. */
    static final long KAFKA_DEFAULT_MAX_REQUEST = 1_048_576;
    /** Left for what the producer adds around a record (batch and record headers, lengths, CRC). */
    static final long FRAMING = 16 * 1024;

    private EventSize() {
    }

    /** The largest event a channel whose producer has this {@code max.request.size} can send. */
    static long limit(long maxRequestSize) {
        if (maxRequestSize <= FRAMING) {
            throw new IllegalArgumentException("max.request.size must be above " + FRAMING + ": " + maxRequestSize);
        }
        return maxRequestSize - FRAMING;
    }

    /** UTF-8 bytes of the key, the payload and the headers' names and values. */
    static long of(String key, String payload, Map<String, String> headers) {
        long n = utf8Length(key) + utf8Length(payload);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            n += utf8Length(h.getKey()) + utf8Length(h.getValue());
        }
        return n;
    }

    /** The UTF-8 length of a string, counted without encoding it (a lone surrogate counts as '?', as Java encodes it). */
    static long utf8Length(String s) {
        if (s == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
