package media.pipeline.publish.domain;

/**
 * What a {@link Summarizer} writes for a chapter.
 *
 * @param headline short title naming the subject, never blank
 * @param gist     a few words (3 to 8 for the extractive summarizer), never null
 * @param summary  2 to 4 sentences in time order; empty when the chapter has nothing to summarise
 *                 (no sentence, or only greetings and fillers)
 */
public record ChapterSummary(String headline, String gist, String summary) {
    /** Longest headline, in characters. */
    public static final int MAX_HEADLINE = 90;

    public ChapterSummary {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("headline must not be blank");
        }
        headline = headline.strip();
        gist = gist == null ? "" : gist.strip();
        summary = summary == null ? "" : summary.strip();
    }
}
