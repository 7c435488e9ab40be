package media.pipeline.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A park-after below 1 would park a row before its first failure: the relay refuses it, naming the setting. */
class OutboxRelayConfigTest {
    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refuses_a_park_after_below_one(int parkAfter) {
        OutboxConfig config = new OutboxConfig() {
            @Override
            public String interval() {
                return "1s";
            }

            @Override
            public int parkAfter() {
                return parkAfter;
            }
        };
        assertThatThrownBy(() -> new OutboxRelay(null, null, null, null, config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipeline.outbox.park-after must be at least 1, was " + parkAfter);
    }
}
