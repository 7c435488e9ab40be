package media.pipeline.ingest.app;

import java.time.Duration;

/** Too many transcript bytes are being ingested right now; the upload may be retried after {@link #retryAfter()}. */
public final class IngestBusyException extends RuntimeException {
    private final Duration retryAfter;

    IngestBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
