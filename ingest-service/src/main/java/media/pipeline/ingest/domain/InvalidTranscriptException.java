package media.pipeline.ingest.domain;

import java.util.Objects;

/**
 * The raw transcript cannot be ingested. Carries a machine-readable {@link Code} (for the HTTP/Kafka
 * adapters to map to a status or a dead-letter reason) and a human message.
 */
public final class InvalidTranscriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a transcript was rejected. */
    public enum Code {
        /** No bytes, or only whitespace. */
        EMPTY,
        /** NUL bytes or a high share of control characters: not a text file. */
        BINARY,
        /** More bytes than the configured limit. */
        TOO_LARGE,
        /** Too many bytes that are not valid UTF-8 (probably another encoding). */
        INVALID_UTF8,
        /** The text was read but no cue could be found in it. */
        NO_CUES,
        /** The caller asked for a format this service does not know. */
        UNKNOWN_FORMAT
    }

    private final Code code;

    public InvalidTranscriptException(Code code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public Code code() {
        return code;
    }
}
