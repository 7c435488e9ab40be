package media.pipeline.ingest.app;

import java.util.Objects;
import media.pipeline.ingest.domain.ParseHints;

/**
 * A transcript to ingest, from Kafka or REST.
 *
 * @param episodeId optional; derived from show, date and content when absent
 */
public record IngestRequest(byte[] raw, ParseHints hints, String episodeId, String sourceUrl) {
    public IngestRequest {
        Objects.requireNonNull(raw, "raw");
        hints = hints == null ? ParseHints.none() : hints;
    }
}
