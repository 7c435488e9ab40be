package media.pipeline.publish.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import media.pipeline.publish.Channels;
import media.pipeline.runtime.outbox.KafkaOutboxSend;
import media.pipeline.runtime.outbox.OutboxRecord;
import media.pipeline.runtime.outbox.OutboxSender;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends ChaptersPublished outbox rows on {@link Channels#CHAPTERS_OUT}. */
@ApplicationScoped
class ChaptersSender implements OutboxSender {
    private final MutinyEmitter<String> emitter;

    ChaptersSender(@Channel(Channels.CHAPTERS_OUT) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public String channel() {
        return Channels.CHAPTERS_OUT;
    }

    @Override
    public void send(OutboxRecord record) {
        KafkaOutboxSend.send(emitter, record);
    }
}
