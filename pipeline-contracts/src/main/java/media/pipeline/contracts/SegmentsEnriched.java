package media.pipeline.contracts;

import java.time.Instant;
import java.util.List;

/** The chapters of one episode, enriched; emitted by segment-service on {@code segments.enriched.v1}. */
public record SegmentsEnriched(
        String eventId,
        String episodeId,
        String language,
        EpisodeMetadata metadata,
        List<Segment> segments,
        Instant occurredAt) {

    public SegmentsEnriched {
        Require.text(eventId, "eventId");
        Require.text(episodeId, "episodeId");
        Require.present(metadata, "metadata");
        segments = Require.list(segments);
    }
}
