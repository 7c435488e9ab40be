package media.pipeline.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A parsed, stored transcript, emitted by ingest-service on {@code transcripts.ingested.v1}.
 *
 * @param timesEstimated true when the source had no timestamps and cue times were estimated
 * @param warnings       what the parser noticed and repaired (times going backwards, replaced bytes...)
 */
public record TranscriptIngested(
        String eventId,
        String episodeId,
        EpisodeMetadata metadata,
        List<Cue> cues,
        SourceInfo source,
        List<ChapterHint> chapterHints,
        boolean timesEstimated,
        List<String> warnings,
        Instant occurredAt) {

    public TranscriptIngested {
        Require.text(eventId, "eventId");
        Require.text(episodeId, "episodeId");
        Require.present(metadata, "metadata");
        Require.present(source, "source");
        cues = Require.list(cues);
        chapterHints = Require.list(chapterHints);
        warnings = Require.list(warnings);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("field 'cues' must not be empty");
        }
    }
}
