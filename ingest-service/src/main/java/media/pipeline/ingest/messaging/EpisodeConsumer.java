package media.pipeline.ingest.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import media.pipeline.contracts.EpisodeAnnounced;
import media.pipeline.contracts.EventReader;
import media.pipeline.ingest.Channels;
import media.pipeline.ingest.app.EpisodeRequests;
import media.pipeline.ingest.app.IngestService;
import media.pipeline.ingest.domain.InvalidTranscriptException;
import media.pipeline.runtime.logging.EpisodeMdc;
import media.pipeline.runtime.retry.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes EpisodeAnnounced. A record that cannot be used (bad JSON, bad transcript) fails and goes
 * to the dead-letter topic with its reason; database outages are waited out, not dead-lettered.
 */
@ApplicationScoped
class EpisodeConsumer {
    private static final EventReader<EpisodeAnnounced> READER = EventReader.of(EpisodeAnnounced.class);

    private final IngestService service;
    private final TransientRetry retry;

    EpisodeConsumer(IngestService service, TransientRetry retry) {
        this.service = service;
        this.retry = retry;
    }

    @Incoming(Channels.EPISODES_IN)
    @Blocking
    void onEpisode(String json) {
        EpisodeAnnounced event = READER.read(json);
        try {
            EpisodeMdc.run(event.episodeId(), () -> retry.call("ingest episode " + event.episodeId(),
                    () -> service.ingestInTurn(EpisodeRequests.from(event, LocalDate.now()))));
        } catch (InvalidTranscriptException e) {
            // the dead-letter reason starts with the machine code, e.g. "EMPTY: ..."
            throw new IllegalArgumentException(e.code() + ": " + e.getMessage(), e);
        }
    }
}
