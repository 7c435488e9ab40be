package media.pipeline.ingest.domain;

import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.ChapterHint;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;

/**
 * A transcript read, repaired and described.
 *
 * @param format         the format that was read (given or detected)
 * @param cues           never empty, in time order, non-overlapping
 * @param metadata       caller hints merged over what the page description said; durationSeconds is the
 *                       last cue's end
 * @param chapterHints   chapter headings the source carried
 * @param timesEstimated true when the source had no timestamps
 * @param warnings       what was noticed and repaired, human-readable
 * @param sha256         lowercase hex SHA-256 of the raw bytes as received
 * @param byteCount      number of raw bytes as received
 */
public record ParsedTranscript(TranscriptFormat format, List<Cue> cues, EpisodeMetadata metadata,
                               List<ChapterHint> chapterHints, boolean timesEstimated, List<String> warnings,
                               String sha256, long byteCount) {

    public ParsedTranscript {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(sha256, "sha256");
        cues = List.copyOf(cues);
        chapterHints = List.copyOf(chapterHints);
        warnings = List.copyOf(warnings);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("a parsed transcript has at least one cue");
        }
        if (byteCount < 0) {
            throw new IllegalArgumentException("byteCount must be >= 0");
        }
    }
}
