package media.pipeline.runtime.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class LazyFailureHandlerTest {
    private static final Executor WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    });

    /** Records what it was asked to handle; counts terminations. */
    private static class Recording implements KafkaFailureHandler {
        final List<Throwable> handled = new ArrayList<>();
        int terminated;

        @Override
        public synchronized <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason,
                Metadata metadata) {
            handled.add(reason);
            return Uni.createFrom().voidItem();
        }

        @Override
        public void terminate() {
            terminated++;
        }
    }

    /** A handler whose factory counts how often it is asked, and makes {@code delegate}. */
    private static LazyFailureHandler counting(AtomicInteger made, KafkaFailureHandler delegate) {
        return new LazyFailureHandler(() -> {
            made.incrementAndGet();
            return delegate;
        }, WORKER);
    }

    @Test
    void nothingIsMadeUntilTheFirstFailure() {
        AtomicInteger made = new AtomicInteger();
        LazyFailureHandler handler = counting(made, new Recording());
        assertThat(made).hasValue(0);
        assertThat(handler.created()).isFalse();
    }

    @Test
    void failuresGoToOneHandlerMadeOnce() {
        AtomicInteger made = new AtomicInteger();
        Recording delegate = new Recording();
        LazyFailureHandler handler = counting(made, delegate);
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second");
        handler.handle(null, first, Metadata.empty()).await().indefinitely();
        handler.handle(null, second, Metadata.empty()).await().indefinitely();
        assertThat(made).hasValue(1);
        assertThat(delegate.handled).containsExactly(first, second);
    }

    @Test
    void concurrentFirstFailuresMakeOneHandler() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Recording delegate = new Recording();
        LazyFailureHandler handler = counting(made, delegate);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            RuntimeException reason = new RuntimeException("reason " + i);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                handler.handle(null, reason, Metadata.empty()).await().indefinitely();
            });
            t.start();
            workers.add(t);
        }
        start.countDown();
        for (Thread t : workers) {
            t.join(10_000);
        }
        assertThat(made).hasValue(1);
        assertThat(delegate.handled).hasSize(threads);
    }

    @Test
    void terminatingAnUnusedHandlerMakesNothing() {
        AtomicInteger made = new AtomicInteger();
        LazyFailureHandler handler = counting(made, new Recording());
        handler.terminate();
        assertThat(made).hasValue(0);
    }

    @Test
    void terminatingAUsedHandlerTerminatesWhatItMade() {
        Recording delegate = new Recording();
        LazyFailureHandler handler = new LazyFailureHandler(() -> delegate, WORKER);
        handler.handle(null, new RuntimeException("bad record"), Metadata.empty()).await().indefinitely();
        handler.terminate();
        assertThat(delegate.terminated).isEqualTo(1);
    }

    @Test
    void aFailureAfterTerminationIsNotHandledAndKeepsItsReason() {
        AtomicInteger made = new AtomicInteger();
        LazyFailureHandler handler = counting(made, new Recording());
        handler.terminate();
        RuntimeException reason = new RuntimeException("late failure");
        assertThatThrownBy(() -> handler.handle(null, reason, Metadata.empty()).await().indefinitely())
                .isInstanceOf(IllegalStateException.class)
                .hasCause(reason);
        assertThat(made).hasValue(0);
    }

    @Test
    void aFactoryThatMakesNothingIsAnError() {
        LazyFailureHandler handler = new LazyFailureHandler(() -> null, WORKER);
        assertThatThrownBy(() -> handler.handle(null, new RuntimeException("x"), Metadata.empty()).await().indefinitely())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("no failure handler");
        assertThat(handler.created()).isFalse();
    }

    @Test
    void theFactoryAndTheWorkerAreRequired() {
        assertThatThrownBy(() -> new LazyFailureHandler(null, WORKER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LazyFailureHandler(Recording::new, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFailureOnAnEventLoopIsMadeOnTheWorkerAndHandledBackOnItsContext() throws Exception {
        Vertx vertx = Vertx.vertx();
        Infrastructure.setCanCallerThreadBeBlockedSupplier(() -> !Context.isOnEventLoopThread());
        try {
            AtomicReference<Thread> madeOn = new AtomicReference<>();
            AtomicReference<Thread> handledOn = new AtomicReference<>();
            KafkaFailureHandler delegate = new Recording() {
                @Override
                public synchronized <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason,
                        Metadata metadata) {
                    handledOn.set(Thread.currentThread());
                    return super.handle(record, reason, metadata);
                }
            };
            LazyFailureHandler handler = new LazyFailureHandler(() -> {
                madeOn.set(Thread.currentThread());
                return delegate;
            }, WORKER);
            AtomicReference<Thread> loop = new AtomicReference<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            vertx.getOrCreateContext().runOnContext(ignored -> {
                loop.set(Thread.currentThread());
                handler.handle(null, new RuntimeException("bad record"), Metadata.empty())
                        .subscribe().with(done::complete, done::completeExceptionally);
            });
            done.get(10, TimeUnit.SECONDS);
            assertThat(madeOn.get()).isNotNull().isNotSameAs(loop.get());
            assertThat(handledOn.get()).isSameAs(loop.get());
        } finally {
            Infrastructure.setCanCallerThreadBeBlockedSupplier(() -> true);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
