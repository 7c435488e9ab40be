package media.pipeline.localstack;

/** The local stack could not start, stop or change as asked. */
public final class LocalStackException extends RuntimeException {
    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
