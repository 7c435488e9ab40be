package media.pipeline.publish.domain;

/**
 * Writes the headline, gist and summary of one chapter. The default is {@link ExtractiveSummarizer};
 * another implementation (an LLM, say) can be chosen by configuration in the adapters. Whatever the
 * implementation, {@link ChapterSetBuilder} keeps the headline non-empty and at most
 * {@link ChapterSummary#MAX_HEADLINE} characters.
 *
 * <p>Contract for implementations: names in the headline and gist come only from the chapter's
 * canonical entities; the summary says nothing the chapter does not say. Implementations must be
 * thread-safe.
 */
public interface Summarizer {
    ChapterSummary summarize(SummaryRequest request);
}
