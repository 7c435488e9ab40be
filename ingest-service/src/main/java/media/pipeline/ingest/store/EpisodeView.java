package media.pipeline.ingest.store;

import java.time.Instant;
import java.util.List;
import media.pipeline.contracts.ChapterHint;
import media.pipeline.contracts.EpisodeMetadata;

/** An episode as {@code GET /api/episodes/{id}} shows it. */
public record EpisodeView(
        String episodeId,
        EpisodeMetadata metadata,
        String format,
        String sourceUrl,
        String sha256,
        int cues,
        boolean timesEstimated,
        List<ChapterHint> chapterHints,
        List<String> warnings,
        String status,
        String failureReason,
        Instant createdAt,
        Instant updatedAt) {
}
