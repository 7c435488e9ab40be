package media.pipeline.runtime.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @ParameterizedTest(name = "[{index}] keep sent {0}, processed {1}")
    @CsvSource(nullValues = "forever", value = {
            "P7D,   P30D,   2026-11-20T12:00:00Z, 2026-10-28T12:00:00Z",
            "PT1S,  PT0.5S, 2026-11-27T11:59:59Z, 2026-11-27T11:59:59.500Z",
            "PT0S,  P30D,   forever,              2026-10-28T12:00:00Z",
            "P7D,   PT0S,   2026-11-20T12:00:00Z, forever",
            "P3650D, PT0S,  2016-11-29T12:00:00Z, forever"})
    void cuts_off_at_now_less_the_retention_and_zero_keeps_forever(Duration sent, Duration processed,
                                                                   Instant sentCutoff, Instant processedCutoff) {
        RetentionPolicy policy = new RetentionPolicy(sent, processed, 10);
        assertThat(policy.sentEventsBefore(NOW)).isEqualTo(Optional.ofNullable(sentCutoff));
        assertThat(policy.processedEventsBefore(NOW)).isEqualTo(Optional.ofNullable(processedCutoff));
    }

    @ParameterizedTest(name = "[{index}] {0}, {1}, batch {2}")
    @CsvSource({
            "-PT1S, P30D, 1000, pipeline.retention.sent-events must not be negative",
            "P7D,  -P1D,  1000, pipeline.retention.processed-events must not be negative",
            "P7D,   P30D, 0,    pipeline.retention.batch-size must be at least 1",
            "P7D,   P30D, -5,   pipeline.retention.batch-size must be at least 1"})
    void refuses_settings_that_would_delete_too_much_or_never_finish(Duration sent, Duration processed, int batch,
                                                                     String message) {
        assertThatThrownBy(() -> new RetentionPolicy(sent, processed, batch))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void refuses_missing_values() {
        assertThatThrownBy(() -> new RetentionPolicy(null, Duration.ZERO, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ZERO, null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ZERO, Duration.ZERO, 1).sentEventsBefore(null))
                .isInstanceOf(NullPointerException.class);
    }
}
