package media.pipeline.runtime.outbox;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Sends an outbox record through an emitter with its key and CloudEvents headers, and waits for the ack. */
public final class KafkaOutboxSend {
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private KafkaOutboxSend() {
    }

    public static void send(MutinyEmitter<String> emitter, OutboxRecord record) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, String> h : record.headers().entrySet()) {
            if (!TraceHeaders.isTraceHeader(h.getKey())) { // the tracing instrumentation writes these
                headers.add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        try (Scope scope = TraceHeaders.stored(record.headers()).makeCurrent()) {
            emitter.sendMessage(Message.of(record.payload()).addMetadata(metadata)).await().atMost(ACK_TIMEOUT);
        }
    }
}
