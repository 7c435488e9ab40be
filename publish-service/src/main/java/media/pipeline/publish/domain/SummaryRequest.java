package media.pipeline.publish.domain;

import java.util.Objects;
import media.pipeline.contracts.Segment;

/**
 * One chapter to summarise.
 *
 * @param segment       the chapter as enriched by segment-service
 * @param language      ISO 639-1 code of the transcript ("fr", "en"); the segment's own language if it has one
 * @param number        1-based position of the chapter in the episode, for the "Chapitre N" fallback
 * @param host          the host's name, or null: the host is never the subject of a headline
 * @param otherChapters how many of the episode's other topic chapters (intro and outro left out: they
 *                      announce or recap every topic) mention each entity; {@link EntitySpread#NONE} (or null)
 *                      when unknown. An entity found in most chapters is the episode's background, not this
 *                      chapter's subject.
 */
public record SummaryRequest(Segment segment, String language, int number, String host,
        EntitySpread otherChapters) {
    public SummaryRequest {
        Objects.requireNonNull(segment, "segment");
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, was " + number);
        }
        host = host == null || host.isBlank() ? null : host.strip();
        otherChapters = otherChapters == null ? EntitySpread.NONE : otherChapters;
    }

    /** A chapter summarised on its own, without the rest of the episode. */
    public SummaryRequest(Segment segment, String language, int number, String host) {
        this(segment, language, number, host, EntitySpread.NONE);
    }
}
