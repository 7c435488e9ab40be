package media.pipeline.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import media.pipeline.ingest.Channels;
import media.pipeline.runtime.outbox.KafkaOutboxSend;
import media.pipeline.runtime.outbox.OutboxRecord;
import media.pipeline.runtime.outbox.OutboxSender;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends TranscriptIngested outbox rows on {@link Channels#TRANSCRIPTS_OUT}. */
@ApplicationScoped
class TranscriptSender implements OutboxSender {
    private final MutinyEmitter<String> emitter;

    TranscriptSender(@Channel(Channels.TRANSCRIPTS_OUT) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public String channel() {
        return Channels.TRANSCRIPTS_OUT;
    }

    @Override
    public void send(OutboxRecord record) {
        KafkaOutboxSend.send(emitter, record);
    }
}
