package media.pipeline.publish.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Singleton;
import media.pipeline.publish.Channels;
import media.pipeline.runtime.outbox.EmitterOutboxSender;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends ChaptersPublished outbox rows on {@link Channels#CHAPTERS_OUT}. */
@Singleton
class ChaptersSender extends EmitterOutboxSender {
    ChaptersSender(@Channel(Channels.CHAPTERS_OUT) MutinyEmitter<String> emitter) {
        super(Channels.CHAPTERS_OUT, emitter);
    }
}
