package media.pipeline.runtime.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InFlightBytesTest {
    private static final Duration NO_WAIT = Duration.ZERO;

    @ParameterizedTest
    @CsvSource({
            "0, 1",          // an empty input still takes a share: it is worked on too
            "1, 1",
            "1024, 1",
            "1025, 2",
            "102400, 100",
            "4000000, 3907",
            "999999999, 12288", // larger than the budget: the whole budget, so it passes alone
            "9223372036854775807, 12288"
    })
    void anInputTakesItsSizeInKibCappedAtTheBudget(long bytes, int kib) {
        assertThat(new InFlightBytes(12L * 1024 * 1024).kib(bytes)).isEqualTo(kib);
    }

    @Test
    void leasesAreGivenBackOnceEvenWhenClosedTwice() throws Exception {
        InFlightBytes admission = new InFlightBytes(10 * 1024);
        InFlightBytes.Lease lease = admission.acquire(4 * 1024);
        assertThat(admission.availableKib()).isEqualTo(6);
        lease.close();
        lease.close();
        assertThat(admission.availableKib()).isEqualTo(10);
    }

    @Test
    void whenTheBudgetIsFullATryGetsNothingAndTheNextOneGetsInOnceRoomIsFreed() throws Exception {
        InFlightBytes admission = new InFlightBytes(10 * 1024);
        Optional<InFlightBytes.Lease> first = admission.tryAcquire(8 * 1024, NO_WAIT);
        assertThat(first).isPresent();
        assertThat(admission.tryAcquire(4 * 1024, NO_WAIT)).isEmpty();
        Optional<InFlightBytes.Lease> small = admission.tryAcquire(2 * 1024, NO_WAIT);
        assertThat(small).isPresent();
        first.get().close();
        assertThat(admission.tryAcquire(4 * 1024, NO_WAIT)).isPresent();
    }

    @Test
    void aWaitingRecordProceedsWhenRoomIsFreed() throws Exception {
        InFlightBytes admission = new InFlightBytes(10 * 1024);
        InFlightBytes.Lease all = admission.acquire(Long.MAX_VALUE);
        CompletableFuture<InFlightBytes.Lease> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return admission.acquire(1024);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        all.close();
        waiting.get(10, TimeUnit.SECONDS).close();
        assertThat(admission.availableKib()).isEqualTo(10);
    }

    @Test
    void anInterruptedWaitInTurnEndsWithAnErrorAndKeepsTheInterrupt() throws Exception {
        InFlightBytes budget = new InFlightBytes(4 * 1024);
        try (InFlightBytes.Lease all = budget.acquire(Long.MAX_VALUE)) {
            CompletableFuture<String> outcome = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    budget.acquireInTurn(1024);
                    outcome.complete("admitted");
                } catch (IllegalStateException e) {
                    outcome.complete(e.getMessage() + ", interrupted=" + Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            Thread.sleep(100);
            waiter.interrupt();
            assertThat(outcome.get(10, TimeUnit.SECONDS))
                    .isEqualTo("interrupted while waiting for room in the in-flight budget, interrupted=true");
        }
        assertThat(budget.availableKib()).as("nothing was taken by the interrupted wait").isEqualTo(4);
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> new InFlightBytes(1023)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 KiB");
        assertThatThrownBy(() -> new InFlightBytes(4096).kib(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
