package media.pipeline.runtime.fault;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * A failure handler made by its supplier when the first record fails, once, however many threads fail at once.
 *
 * <p>Making one may block (SmallRye's dead-letter producer waits for its Kafka client), so a failure reported on a
 * thread that must not block (a Vert.x event loop) has it made on the worker executor, then handled back on the
 * caller's Vert.x context. Terminating one that was never made makes nothing; after termination a failure is not
 * handled (the channel is stopping) and the record's processing fails with the reason.
 */
final class LazyFailureHandler implements KafkaFailureHandler {
    private final Supplier<KafkaFailureHandler> factory;
    private final Executor worker;
    private KafkaFailureHandler delegate; // guarded by this
    private boolean terminated; // guarded by this

    LazyFailureHandler(Supplier<KafkaFailureHandler> factory, Executor worker) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        KafkaFailureHandler made;
        synchronized (this) {
            made = terminated ? null : delegate;
        }
        if (made != null) {
            return made.handle(record, reason, metadata);
        }
        Uni<KafkaFailureHandler> making = Uni.createFrom().item(() -> make(reason));
        if (!Infrastructure.canCallerThreadBeBlocked()) {
            Context caller = Vertx.currentContext();
            making = making.runSubscriptionOn(worker);
            if (caller != null) {
                making = making.emitOn(task -> caller.runOnContext(ignored -> task.run()));
            }
        }
        return making.onItem().transformToUni(h -> h.handle(record, reason, metadata));
    }

    private synchronized KafkaFailureHandler make(Throwable reason) {
        if (terminated) {
            throw new IllegalStateException("channel stopping: failure not dead-lettered", reason);
        }
        if (delegate == null) {
            delegate = Objects.requireNonNull(factory.get(), "the factory made no failure handler");
        }
        return delegate;
    }

    @Override
    public void terminate() {
        KafkaFailureHandler handler;
        synchronized (this) {
            terminated = true;
            handler = delegate;
        }
        if (handler != null) {
            handler.terminate();
        }
    }

    synchronized boolean created() {
        return delegate != null;
    }
}
