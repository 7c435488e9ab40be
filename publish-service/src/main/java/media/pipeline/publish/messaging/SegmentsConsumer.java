package media.pipeline.publish.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import media.pipeline.contracts.EventReader;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.publish.Channels;
import media.pipeline.publish.app.PublishService;
import media.pipeline.publish.store.StageStore;
import media.pipeline.runtime.logging.EpisodeMdc;
import media.pipeline.runtime.retry.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes SegmentsEnriched; unusable records go to the dead-letter topic with their reason. */
@ApplicationScoped
class SegmentsConsumer {
    private static final EventReader<SegmentsEnriched> READER = EventReader.of(SegmentsEnriched.class);

    private final PublishService service;
    private final StageStore stages;
    private final TransientRetry retry;

    SegmentsConsumer(PublishService service, StageStore stages, TransientRetry retry) {
        this.service = service;
        this.stages = stages;
        this.retry = retry;
    }

    @Incoming(Channels.SEGMENTS_IN)
    @Blocking
    void onSegments(String json) {
        SegmentsEnriched segments = READER.read(json);
        EpisodeMdc.run(segments.episodeId(), () -> retry.call("publish episode " + segments.episodeId(), () -> {
            stages.segmented(segments.episodeId(), segments.metadata().show(), segments.metadata().title(),
                    segments.occurredAt() == null ? java.time.Instant.now() : segments.occurredAt());
            return service.handle(segments);
        }));
    }
}
