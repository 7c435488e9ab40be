package media.pipeline.ingest.app;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import media.pipeline.ingest.domain.TranscriptParser;
import media.pipeline.runtime.admission.InFlightBytes;

/** Builds the one parser (and its language detector) and the in-flight budget from configuration. */
final class ParserProducer {
    @Produces
    @Singleton
    TranscriptParser parser(IngestConfig config) {
        return new TranscriptParser(config.maxBytes(), config.wordsPerSecond(), Clock.systemDefaultZone());
    }

    @Produces
    @Singleton
    InFlightBytes admission(IngestConfig config) {
        return new InFlightBytes(config.inFlightBytes());
    }
}
