package media.pipeline.runtime.http;

/** A client error answered as {@code application/problem+json} (RFC 9457). */
public final class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;

    /**
     * @param type a short machine code such as {@code empty-transcript}; becomes {@code urn:problem:<code>}
     */
    public ProblemException(int status, String type, String title, String detail) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx");
        }
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
