package media.pipeline.segment.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.runtime.events.EventTypes;
import media.pipeline.runtime.inbox.ProcessedEvents;
import media.pipeline.runtime.outbox.Outbox;
import media.pipeline.runtime.outbox.OutboxRelay;
import media.pipeline.segment.Channels;
import media.pipeline.segment.store.SegmentStore;
import org.jboss.logging.Logger;

/**
 * Segments and enriches an ingested transcript, then in one transaction records the event as
 * processed, stores the chapters and appends SegmentsEnriched to the outbox. A redelivered event
 * changes nothing.
 */
@ApplicationScoped
public class SegmentService {
    static final String CONSUMER = "segment-service";
    private static final Logger LOG = Logger.getLogger(SegmentService.class);

    private final EpisodeChapters chapters;
    private final SegmentStore store;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MeterRegistry registry;
    private final Timer timer;

    SegmentService(EpisodeChapters chapters, SegmentStore store, ProcessedEvents processed, Outbox outbox, OutboxRelay relay,
                   MeterRegistry registry) {
        this.relay = relay;
        this.chapters = chapters;
        this.store = store;
        this.processed = processed;
        this.outbox = outbox;
        this.registry = registry;
        this.timer = Timer.builder("pipeline.stage.duration").tag("stage", "segment")
                .description("time to segment and enrich an episode").publishPercentileHistogram().register(registry);
    }

    /** @return true when the event was new and its chapters were stored */
    public boolean handle(TranscriptIngested transcript) {
        if (processed.seen(CONSUMER, transcript.eventId())) {
            registry.counter("pipeline.stage.duplicates", "stage", "segment").increment();
            return false;
        }
        List<Segment> segments = timer.record(() -> chapters.chapters(transcript));
        String language = segments.isEmpty() ? transcript.metadata().language() : segments.get(0).language();
        SegmentsEnriched event = new SegmentsEnriched(UUID.randomUUID().toString(), transcript.episodeId(), language,
                transcript.metadata(), segments, Instant.now());
        boolean stored = QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.firstTime(CONSUMER, transcript.eventId())) {
                return false;
            }
            store.save(event, transcript.eventId());
            outbox.append(Channels.SEGMENTS_OUT, EventTypes.SEGMENTS_ENRICHED, event.eventId(), event.episodeId(), event);
            return true;
        });
        if (stored) {
            // counted once committed, before this thread's flush sends the event (a reader that waited for the event then
            // finds it counted; only the relay's 1 s schedule could send it in between)
            registry.counter("pipeline.stage.processed", "stage", "segment").increment();
            relay.flush();
            LOG.infof("episode %s: %d chapters (%s) from event %s", transcript.episodeId(), segments.size(), language,
                    transcript.eventId());
        } else {
            registry.counter("pipeline.stage.duplicates", "stage", "segment").increment();
        }
        return stored;
    }
}
