package media.pipeline.runtime.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import java.util.Objects;

/** An {@link OutboxSender} for one outgoing channel; a service subclasses it to inject its emitter. */
public abstract class EmitterOutboxSender implements OutboxSender {
    private final String channel;
    private final MutinyEmitter<String> emitter;

    protected EmitterOutboxSender(String channel, MutinyEmitter<String> emitter) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.emitter = Objects.requireNonNull(emitter, "emitter");
    }

    @Override
    public final String channel() {
        return channel;
    }

    @Override
    public final void send(OutboxRecord record) {
        KafkaOutboxSend.send(emitter, record);
    }
}
