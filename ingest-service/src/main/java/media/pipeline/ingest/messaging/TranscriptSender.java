package media.pipeline.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Singleton;
import media.pipeline.ingest.Channels;
import media.pipeline.runtime.outbox.EmitterOutboxSender;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends TranscriptIngested outbox rows on {@link Channels#TRANSCRIPTS_OUT}. */
@Singleton
class TranscriptSender extends EmitterOutboxSender {
    TranscriptSender(@Channel(Channels.TRANSCRIPTS_OUT) MutinyEmitter<String> emitter) {
        super(Channels.TRANSCRIPTS_OUT, emitter);
    }
}
