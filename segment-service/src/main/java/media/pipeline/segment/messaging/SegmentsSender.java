package media.pipeline.segment.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import media.pipeline.runtime.outbox.KafkaOutboxSend;
import media.pipeline.runtime.outbox.OutboxRecord;
import media.pipeline.runtime.outbox.OutboxSender;
import media.pipeline.segment.Channels;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends SegmentsEnriched outbox rows on {@link Channels#SEGMENTS_OUT}. */
@ApplicationScoped
class SegmentsSender implements OutboxSender {
    private final MutinyEmitter<String> emitter;

    SegmentsSender(@Channel(Channels.SEGMENTS_OUT) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public String channel() {
        return Channels.SEGMENTS_OUT;
    }

    @Override
    public void send(OutboxRecord record) {
        KafkaOutboxSend.send(emitter, record);
    }
}
