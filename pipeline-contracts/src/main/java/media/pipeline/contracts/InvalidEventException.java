package media.pipeline.contracts;

/** An event that cannot be read: malformed JSON, a missing required field, a value out of range. */
public final class InvalidEventException extends IllegalArgumentException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
