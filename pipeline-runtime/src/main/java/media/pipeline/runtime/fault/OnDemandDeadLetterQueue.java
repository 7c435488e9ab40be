package media.pipeline.runtime.fault;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Singleton;
import java.util.function.BiConsumer;

/**
 * Failure strategy {@value #STRATEGY}: SmallRye's dead-letter queue ({@code dead-letter-queue}, same topic,
 * producer settings and {@code dead-letter-reason} headers), whose Kafka producer is made when the channel's first
 * record fails instead of when the channel starts.
 *
 * <p>Each consumer of a channel gets its own dead-letter producer (segment-service's three consumers, three
 * producers). Made at start, they were ~0.15 s of segment-service's start on this machine (the main thread
 * waits for each) and a sender thread each, for topics that stay empty while the input is valid.
 */
@Singleton
@Identifier(OnDemandDeadLetterQueue.STRATEGY)
final class OnDemandDeadLetterQueue implements KafkaFailureHandler.Factory {
    static final String STRATEGY = "dead-letter-queue-on-demand";

    private final KafkaFailureHandler.Factory deadLetterQueue;

    OnDemandDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
            KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new LazyFailureHandler(() -> deadLetterQueue.create(config, vertx, consumer, reportFailure),
                Infrastructure.getDefaultWorkerPool());
    }
}
