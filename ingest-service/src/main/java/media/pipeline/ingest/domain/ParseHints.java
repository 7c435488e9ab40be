package media.pipeline.ingest.domain;

import java.time.LocalDate;

/**
 * What the caller already knows about a transcript; every field is optional (null).
 *
 * @param format        a {@link TranscriptFormat#id()}, or null / {@code "auto"} to detect it
 * @param show          wins over the show name found in the page description
 * @param title         the episode title
 * @param airDate       wins over the date found in the page description
 * @param language      ISO 639-1 code used when language detection is not confident
 * @param referenceDate the day the page was fetched or the event was sent, to resolve "3 months ago" and
 *                      dates written without a year; null means today
 */
public record ParseHints(String format, String show, String title, LocalDate airDate, String language,
                         LocalDate referenceDate) {

    private static final ParseHints NONE = new ParseHints(null, null, null, null, null, null);

    /** No hints: detect the format, extract everything, reference date today. */
    public static ParseHints none() {
        return NONE;
    }

    /** Only a format. */
    public static ParseHints format(String format) {
        return new ParseHints(format, null, null, null, null, null);
    }
}
