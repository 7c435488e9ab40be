package media.pipeline.publish.app;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import media.pipeline.publish.domain.ChapterSetBuilder;
import media.pipeline.publish.domain.ExtractiveSummarizer;
import media.pipeline.publish.domain.Summarizer;

/**
 * Chooses the summarizer by configuration ({@code publish.summarizer}). Only the extractive one is
 * built in; another implementation (an LLM, say) plugs in here under a new name.
 */
final class SummarizerProducer {
    @Produces
    @Singleton
    Summarizer summarizer(PublishConfig config) {
        return switch (config.summarizer()) {
            case "extractive" -> new ExtractiveSummarizer();
            default -> throw new IllegalArgumentException("publish.summarizer: unknown summarizer '" + config.summarizer()
                    + "'; known: extractive");
        };
    }

    @Produces
    @Singleton
    ChapterSetBuilder chapterSetBuilder(Summarizer summarizer) {
        return new ChapterSetBuilder(summarizer);
    }
}
