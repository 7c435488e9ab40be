package media.pipeline.ingest.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import media.pipeline.contracts.Topics;
import media.pipeline.ingest.Channels;
import media.pipeline.ingest.store.EpisodeStore;
import media.pipeline.runtime.retry.TransientRetry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the downstream stages so {@code GET /api/episodes/{id}} shows SEGMENTED, PUBLISHED or
 * FAILED with the dead-letter reason. Only the topic, key and headers are read: the value stays the
 * consumer's undecoded bytes ({@code ByteBufferDeserializer}), since decoding each 15-60 KB event to a
 * String was wasted work and heap under a burst. Best effort (failure strategy {@code ignore}).
 */
@ApplicationScoped
class StatusConsumer {
    private final EpisodeStore store;
    private final TransientRetry retry;

    StatusConsumer(EpisodeStore store, TransientRetry retry) {
        this.store = store;
        this.retry = retry;
    }

    @Incoming(Channels.STATUS_IN)
    @Blocking
    void onProgress(ConsumerRecord<String, ByteBuffer> record) {
        if (record.key() == null) {
            return;
        }
        String status;
        String reason = null;
        if (record.topic().endsWith(Topics.DLQ_SUFFIX)) {
            status = "FAILED";
            Header h = record.headers().lastHeader("dead-letter-reason");
            reason = h == null ? "rejected by " + record.topic() : new String(h.value(), StandardCharsets.UTF_8);
        } else if (record.topic().equals(Topics.SUMMARIES_PUBLISHED)) {
            status = "PUBLISHED";
        } else {
            status = "SEGMENTED";
        }
        String why = reason;
        retry.call("status of " + record.key(), () -> store.advanceStatus(record.key(), status, why));
    }
}
