package media.pipeline.segment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import media.pipeline.contracts.EventReader;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.runtime.admission.InFlightBytes;
import media.pipeline.runtime.logging.EpisodeMdc;
import media.pipeline.runtime.retry.TransientRetry;
import media.pipeline.segment.Channels;
import media.pipeline.segment.app.SegmentService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes TranscriptIngested; unusable records go to the dead-letter topic with their reason. The channel runs
 * several consumers side by side ({@code concurrency}), each with its own partitions in order; a record waits for
 * room in the in-flight budget before it is read.
 */
@ApplicationScoped
class TranscriptConsumer {
    private static final EventReader<TranscriptIngested> READER = EventReader.of(TranscriptIngested.class);

    private final SegmentService service;
    private final TransientRetry retry;
    private final InFlightBytes budget;

    TranscriptConsumer(SegmentService service, TransientRetry retry, InFlightBytes budget) {
        this.service = service;
        this.retry = retry;
        this.budget = budget;
    }

    @Incoming(Channels.TRANSCRIPTS_IN)
    @Blocking
    void onTranscript(String json) {
        try (InFlightBytes.Lease lease = budget.acquireInTurn(json.length())) {
            TranscriptIngested transcript = READER.read(json);
            EpisodeMdc.run(transcript.episodeId(), () -> retry.call("segment episode " + transcript.episodeId(),
                    () -> service.handle(transcript)));
        }
    }
}
