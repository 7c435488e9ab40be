package media.pipeline.runtime.admission;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the bytes of input a service works on at the same time. Turning a transcript or an event into its result
 * costs many times its size in heap (ingest: ~15-20 times a transcript until its event is in the outbox; segment: a
 * 9.4 MB TranscriptIngested event did not fit a 160 MB heap), so a few large inputs at once would run a 256 MB
 * service out of memory. Each input holds its size in the budget (at most the whole budget, so one larger than it
 * still passes alone); the others wait their turn in arrival order (a fair semaphore: a large input is not starved
 * by small ones). Counted in KiB so that the budget fits a semaphore's int permits.
 */
public final class InFlightBytes {
    private final Semaphore permits;
    private final int totalKib;

    public InFlightBytes(long budgetBytes) {
        if (budgetBytes < 1024) {
            throw new IllegalArgumentException("the in-flight budget must be at least 1 KiB: " + budgetBytes);
        }
        this.totalKib = (int) Math.min(Integer.MAX_VALUE, budgetBytes / 1024);
        this.permits = new Semaphore(totalKib, true);
    }

    /** Waits as long as it takes (a Kafka input: a record must not be refused for being early). */
    public Lease acquire(long bytes) throws InterruptedException {
        int kib = kib(bytes);
        permits.acquire(kib);
        return new Lease(kib);
    }

    /**
     * {@link #acquire}, for a consumer that cannot go on once interrupted (the service stopping): the wait ends with
     * an {@link IllegalStateException}, and the thread keeps its interrupt.
     */
    public Lease acquireInTurn(long bytes) {
        try {
            return acquire(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in the in-flight budget", e);
        }
    }

    /** Waits at most {@code wait}; empty when the budget did not free up in time (the caller answers "busy"). */
    public Optional<Lease> tryAcquire(long bytes, Duration wait) throws InterruptedException {
        int kib = kib(bytes);
        return permits.tryAcquire(kib, wait.toNanos(), TimeUnit.NANOSECONDS) ? Optional.of(new Lease(kib)) : Optional.empty();
    }

    /** KiB of the budget free now (for tests and metrics). */
    public int availableKib() {
        return permits.availablePermits();
    }

    int kib(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        long kib = bytes / 1024 + (bytes % 1024 == 0 ? 0 : 1); // rounded up, without overflowing near Long.MAX_VALUE
        return (int) Math.min(totalKib, Math.max(1, kib));
    }

    /** An input's share of the budget; closing it (once) gives the share back. */
    public final class Lease implements AutoCloseable {
        private final int kib;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(int kib) {
            this.kib = kib;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                permits.release(kib);
            }
        }
    }
}
