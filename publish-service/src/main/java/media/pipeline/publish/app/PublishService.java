package media.pipeline.publish.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.publish.Channels;
import media.pipeline.publish.domain.ChapterSetBuilder;
import media.pipeline.publish.store.ChapterStore;
import media.pipeline.publish.store.StageStore;
import media.pipeline.runtime.events.EventTypes;
import media.pipeline.runtime.inbox.ProcessedEvents;
import media.pipeline.runtime.outbox.Outbox;
import media.pipeline.runtime.outbox.OutboxRelay;
import org.jboss.logging.Logger;

/**
 * Summarises the chapters of an episode and, in one transaction, records the event as processed,
 * stores the chapter set under the next revision and appends ChaptersPublished to the outbox.
 */
@ApplicationScoped
public class PublishService {
    static final String CONSUMER = "publish-service";
    private static final Logger LOG = Logger.getLogger(PublishService.class);

    private final ChapterSetBuilder builder;
    private final ChapterStore chapters;
    private final StageStore stages;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MeterRegistry registry;
    private final Timer timer;

    PublishService(ChapterSetBuilder builder, ChapterStore chapters, StageStore stages, ProcessedEvents processed,
                   Outbox outbox, OutboxRelay relay, MeterRegistry registry) {
        this.relay = relay;
        this.builder = builder;
        this.chapters = chapters;
        this.stages = stages;
        this.processed = processed;
        this.outbox = outbox;
        this.registry = registry;
        this.timer = Timer.builder("pipeline.stage.duration").tag("stage", "publish")
                .description("time to summarise an episode").publishPercentileHistogram().register(registry);
    }

    public boolean handle(SegmentsEnriched segments) {
        if (processed.seen(CONSUMER, segments.eventId())) {
            registry.counter("pipeline.stage.duplicates", "stage", "publish").increment();
            return false;
        }
        ChaptersPublished draft = timer.record(() -> builder.build(segments, 1, Instant.now()));
        Integer revision = QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.firstTime(CONSUMER, segments.eventId())) {
                return null;
            }
            int next = chapters.nextRevision(segments.episodeId());
            ChaptersPublished published = withRevision(draft, next);
            chapters.save(published, segments.eventId());
            stages.published(published);
            outbox.append(Channels.CHAPTERS_OUT, EventTypes.CHAPTERS_PUBLISHED, published.eventId(), published.episodeId(), published);
            return next;
        });
        if (revision == null) {
            registry.counter("pipeline.stage.duplicates", "stage", "publish").increment();
            return false;
        }
        // counted once committed, before this thread's flush sends the event (a reader that waited for the event then
        // finds it counted; only the relay's 1 s schedule could send it in between)
        registry.counter("pipeline.stage.processed", "stage", "publish").increment();
        relay.flush();
        LOG.infof("episode %s: published %d chapters, revision %d", segments.episodeId(), draft.chapters().size(), revision);
        return true;
    }

    static ChaptersPublished withRevision(ChaptersPublished d, int revision) {
        String eventId = UUID.nameUUIDFromBytes((d.episodeId() + ":" + revision).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return new ChaptersPublished(eventId, d.episodeId(), revision, d.show(), d.title(), d.airDate(), d.language(),
                d.durationSeconds(), d.host(), d.guests(), d.chapters(), d.publishedAt());
    }
}
