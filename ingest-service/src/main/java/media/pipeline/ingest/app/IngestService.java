package media.pipeline.ingest.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import media.pipeline.contracts.SourceInfo;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.ingest.Channels;
import media.pipeline.ingest.domain.InvalidTranscriptException;
import media.pipeline.ingest.domain.ParsedTranscript;
import media.pipeline.ingest.domain.TranscriptParser;
import media.pipeline.ingest.store.DuplicateEpisodeException;
import media.pipeline.ingest.store.EpisodeStore;
import media.pipeline.runtime.admission.InFlightBytes;
import media.pipeline.runtime.events.EventTypes;
import media.pipeline.runtime.logging.EpisodeMdc;
import media.pipeline.runtime.outbox.EventTooLargeException;
import media.pipeline.runtime.outbox.Outbox;
import media.pipeline.runtime.outbox.OutboxRelay;
import org.jboss.logging.Logger;

/**
 * Parses a transcript, then in one transaction stores the raw payload, the episode and its cues and
 * appends TranscriptIngested to the outbox. A transcript already stored (same episode id, or same
 * content for the same show and date) is reported as a duplicate and emits nothing.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final TranscriptParser parser;
    private final EpisodeStore store;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MeterRegistry registry;
    private final Timer parseTimer;
    private final InFlightBytes admission;
    private final Duration admissionWait;

    IngestService(TranscriptParser parser, EpisodeStore store, Outbox outbox, OutboxRelay relay, MeterRegistry registry,
                  InFlightBytes admission, IngestConfig config) {
        this.relay = relay;
        this.admission = admission;
        this.admissionWait = config.admissionWait();
        this.parser = parser;
        this.store = store;
        this.outbox = outbox;
        this.registry = registry;
        this.parseTimer = Timer.builder("pipeline.stage.duration").tag("stage", "ingest")
                .description("time to parse a transcript").publishPercentileHistogram().register(registry);
    }

    /** Parses without storing anything (the dry run of {@code POST /api/transcripts/parse}). */
    public ParsedTranscript parse(IngestRequest request) {
        try (InFlightBytes.Lease lease = admitWithin(request)) {
            return parser.parse(request.raw(), request.hints());
        }
    }

    /** An upload: waits at most {@code ingest.admission-wait} for room, else {@link IngestBusyException}. */
    public IngestResult ingest(IngestRequest request) {
        try (InFlightBytes.Lease lease = admitWithin(request)) {
            return admitted(request);
        }
    }

    /** A record from Kafka: waits for room as long as it takes (the consumer simply pauses meanwhile). */
    public IngestResult ingestInTurn(IngestRequest request) {
        try (InFlightBytes.Lease lease = admission.acquireInTurn(request.raw().length)) {
            return admitted(request);
        }
    }

    private InFlightBytes.Lease admitWithin(IngestRequest request) {
        try {
            return admission.tryAcquire(request.raw().length, admissionWait).orElseThrow(() -> {
                registry.counter("pipeline.ingest.busy").increment();
                return new IngestBusyException(String.format(Locale.ROOT,
                        "too many transcripts are being ingested (%,d bytes waited %d s for room); retry later",
                        request.raw().length, admissionWait.toSeconds()), admissionWait);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to ingest", e);
        }
    }

    private IngestResult admitted(IngestRequest request) {
        ParsedTranscript parsed;
        try {
            parsed = parseTimer.recordCallable(() -> parser.parse(request.raw(), request.hints()));
        } catch (RuntimeException e) {
            registry.counter("pipeline.stage.failed", "stage", "ingest").increment();
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String episodeId = request.episodeId() != null && !request.episodeId().isBlank()
                ? EpisodeIds.checked(request.episodeId().trim())
                : EpisodeIds.derive(parsed.metadata().show(), parsed.metadata().airDate(), parsed.sha256());
        return EpisodeMdc.run(episodeId, () -> storeOnce(episodeId, parsed, request));
    }

    private IngestResult storeOnce(String episodeId, ParsedTranscript parsed, IngestRequest request) {
        try {
            IngestResult result = QuarkusTransaction.requiringNew().call(() -> store(episodeId, parsed, request));
            // counted once committed, before this thread's flush sends the event (a reader that waited for the event then
            // finds it counted; only the relay's 1 s schedule could send it in between)
            registry.counter("pipeline.stage.processed", "stage", "ingest", "outcome", result.status().name().toLowerCase()).increment();
            if (result.status() == IngestResult.Status.INGESTED) {
                relay.flush();
            }
            return result;
        } catch (DuplicateEpisodeException e) {
            registry.counter("pipeline.stage.processed", "stage", "ingest", "outcome", "duplicate").increment();
            return new IngestResult(e.existingId(), IngestResult.Status.DUPLICATE, parsed.cues().size());
        }
    }

    private IngestResult store(String episodeId, ParsedTranscript parsed, IngestRequest request) {
        Optional<String> existing = store.findDuplicate(episodeId, parsed.sha256(), parsed.metadata().show(),
                parsed.metadata().airDate());
        if (existing.isPresent()) {
            LOG.infof("episode %s: duplicate of %s, nothing emitted", episodeId, existing.get());
            return new IngestResult(existing.get(), IngestResult.Status.DUPLICATE, parsed.cues().size());
        }
        store.insert(episodeId, parsed, request.raw(), request.sourceUrl());
        String eventId = UUID.randomUUID().toString();
        TranscriptIngested event = new TranscriptIngested(eventId, episodeId, parsed.metadata(), parsed.cues(),
                new SourceInfo(parsed.format().id(), parsed.sha256(), parsed.byteCount()),
                parsed.chapterHints(), parsed.timesEstimated(), parsed.warnings(), Instant.now());
        try {
            outbox.append(Channels.TRANSCRIPTS_OUT, EventTypes.TRANSCRIPT_INGESTED, eventId, episodeId, event);
        } catch (EventTooLargeException e) {
            // within ingest.max-bytes, but its cues (short lines, each with times) make an event Kafka cannot carry;
            // refused here, nothing is stored: an outbox row that can never be sent would hold back every later one
            throw new InvalidTranscriptException(InvalidTranscriptException.Code.TOO_LARGE, String.format(Locale.ROOT,
                    "%,d cues make a TranscriptIngested event of %,d bytes, over the %,d bytes the pipeline can carry; "
                            + "send the transcript in parts", parsed.cues().size(), e.bytes(), e.limit()));
        }
        LOG.infof("episode %s: ingested %d cues (%s, %s), event %s", episodeId, parsed.cues().size(),
                parsed.format().id(), parsed.metadata().language(), eventId);
        return new IngestResult(episodeId, IngestResult.Status.INGESTED, parsed.cues().size());
    }
}
