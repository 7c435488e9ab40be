package media.pipeline.segment.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Singleton;
import media.pipeline.segment.Channels;
import media.pipeline.runtime.outbox.EmitterOutboxSender;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends SegmentsEnriched outbox rows on {@link Channels#SEGMENTS_OUT}. */
@Singleton
class SegmentsSender extends EmitterOutboxSender {
    SegmentsSender(@Channel(Channels.SEGMENTS_OUT) MutinyEmitter<String> emitter) {
        super(Channels.SEGMENTS_OUT, emitter);
    }
}
