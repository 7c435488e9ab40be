package media.pipeline.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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

    /**
     * The event without its transcript: what a follower that only tracks episodes needs (publish-service's
     * dashboard). Read from a whole TranscriptIngested's JSON, it skips the cues, source, hints and warnings
     * instead of building them (an hour of speech is ~1,400 cues, ~110 KB).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Envelope(String eventId, String episodeId, EpisodeMetadata metadata, Instant occurredAt) {
        public Envelope {
            Require.text(eventId, "eventId");
            Require.text(episodeId, "episodeId");
            Require.present(metadata, "metadata");
        }
    }
}
