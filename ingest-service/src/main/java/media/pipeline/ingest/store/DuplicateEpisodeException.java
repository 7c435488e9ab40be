package media.pipeline.ingest.store;

/** A concurrent request stored the same episode first (unique constraint). */
public final class DuplicateEpisodeException extends RuntimeException {
    private final String existingId;

    public DuplicateEpisodeException(String existingId) {
        super("episode already stored: " + existingId);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
