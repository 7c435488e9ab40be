package media.pipeline.contracts;

/** Where a transcript came from: the detected format, sha256 of the raw bytes, their size. */
public record SourceInfo(String format, String sha256, long bytes) {
    public SourceInfo {
        Require.text(format, "format");
        Require.text(sha256, "sha256");
        if (bytes < 0) {
            throw new IllegalArgumentException("field 'bytes' must be >= 0");
        }
    }
}
