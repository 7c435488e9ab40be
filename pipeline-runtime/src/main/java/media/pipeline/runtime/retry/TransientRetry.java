package media.pipeline.runtime.retry;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Retries work that failed for a reason outside the record (database down, broker unreachable)
 * with exponential backoff, so a consumer waits for its infrastructure instead of dead-lettering
 * valid input. Failures caused by the record itself are thrown at once.
 */
public final class TransientRetry {
    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    private final Duration maxWait;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public TransientRetry(Duration maxWait, Duration firstDelay, Duration maxDelay) {
        if (maxWait.isNegative() || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= maxWait, 0 < firstDelay <= maxDelay");
        }
        this.maxWait = maxWait;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    public <T> T call(String what, Supplier<T> work) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long delay = firstDelay.toMillis();
        int attempt = 1;
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isTransient(e) || System.nanoTime() + delay * 1_000_000L > deadline) {
                    throw e;
                }
                LOG.warnf("%s: attempt %d failed (%s), retrying in %d ms", what, attempt, rootMessage(e), delay);
                sleep(delay);
                delay = Math.min(delay * 2, maxDelay.toMillis());
                attempt++;
            }
        }
    }

    /** Database and connection failures are transient; everything else is about the record. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof java.net.ConnectException
                    || t instanceof jakarta.transaction.SystemException
                    || t.getClass().getName().startsWith("jakarta.transaction.")
                    || t.getClass().getName().startsWith("io.agroal.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
