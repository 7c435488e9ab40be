package media.pipeline.segment.app;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import media.pipeline.runtime.admission.InFlightBytes;
import media.pipeline.segment.domain.ChapterSegmenter;
import media.pipeline.segment.domain.SegmentationOptions;
import media.pipeline.segment.domain.enrich.ChapterEnricher;
import media.pipeline.segment.domain.enrich.Gazetteer;

/** Builds the segmenter and the enricher (models, gazetteer) and the in-flight budget once, from configuration. */
final class ChaptersProducer {
    @Produces
    @Singleton
    EpisodeChapters episodeChapters(SegmentConfig config) {
        SegmentationOptions options = SegmentationOptions.of(config.granularity())
                .withMinChapterSeconds(config.minChapterSeconds());
        if (config.chaptersPerHour().isPresent()) {
            options = options.withChaptersPerHour(config.chaptersPerHour().get());
        }
        return new EpisodeChapters(new ChapterSegmenter(), new ChapterEnricher(Gazetteer.defaults(), config.maxKeywords()), options);
    }

    @Produces
    @Singleton
    InFlightBytes inFlight(SegmentConfig config) {
        return new InFlightBytes(config.inFlightBytes());
    }
}
