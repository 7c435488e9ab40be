package media.pipeline.runtime.retry;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The consumers' retry policy for transient failures ({@code pipeline.retry.max-wait}). */
final class RetryProducer {
    @Produces
    @Singleton
    TransientRetry transientRetry(@ConfigProperty(name = "pipeline.retry.max-wait", defaultValue = "5m") Duration maxWait) {
        return new TransientRetry(maxWait, Duration.ofMillis(500), Duration.ofSeconds(10));
    }
}
