package media.pipeline.publish.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import media.pipeline.contracts.EventReader;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.contracts.Topics;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.publish.Channels;
import media.pipeline.publish.store.StageStore;
import media.pipeline.runtime.retry.TransientRetry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the other stages for the dashboard: ingested transcripts and every dead-letter topic.
 * Needs the record's topic, position and headers, hence the ConsumerRecord payload; a dead letter delivered again
 * (same topic, partition and offset) is recorded once. Tracking is best effort:
 * a record it cannot read is logged and skipped (failure strategy {@code ignore}).
 */
@ApplicationScoped
class PipelineEventsConsumer {
    private static final Logger LOG = Logger.getLogger(PipelineEventsConsumer.class);
    // the dashboard needs the episode, not its ~1,400 cues: the envelope skips them instead of building them
    private static final EventReader<TranscriptIngested.Envelope> INGESTED =
            EventReader.of(TranscriptIngested.Envelope.class);

    private final StageStore stages;
    private final TransientRetry retry;

    PipelineEventsConsumer(StageStore stages, TransientRetry retry) {
        this.stages = stages;
        this.retry = retry;
    }

    @Incoming(Channels.PIPELINE_EVENTS_IN)
    @Blocking
    void onEvent(ConsumerRecord<String, String> record) {
        if (record.topic().endsWith(Topics.DLQ_SUFFIX)) {
            String reason = header(record, "dead-letter-reason");
            String episodeId = record.key() != null ? record.key() : episodeIdIn(record.value());
            retry.call("record dead letter", () -> stages.failed(record.topic(), record.partition(), record.offset(),
                    episodeId, reason, record.timestamp() > 0 ? Instant.ofEpochMilli(record.timestamp()) : Instant.now()));
        } else {
            TranscriptIngested.Envelope t = INGESTED.read(record.value());
            retry.call("record ingested " + t.episodeId(), () -> {
                stages.ingested(t.episodeId(), t.metadata().show(), t.metadata().title(),
                        t.occurredAt() == null ? Instant.now() : t.occurredAt());
                return null;
            });
        }
    }

    private static String episodeIdIn(String value) {
        try {
            JsonNode node = PipelineJson.mapper().readTree(value);
            return node != null && node.hasNonNull("episodeId") ? node.get("episodeId").asText() : null;
        } catch (Exception e) {
            LOG.debugf("dead letter without a readable episode id: %s", e.getMessage());
            return null;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
