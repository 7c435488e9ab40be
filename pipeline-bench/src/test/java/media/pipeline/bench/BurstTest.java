package media.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JIT share of a burst, which ends the pipeline warm-up: the services' compiler threads over the services' CPU only. */
class BurstTest {
    @Test
    void divides_the_services_jit_by_the_services_cpu_not_by_the_machines() {
        PipelineBench.Burst burst = new PipelineBench.Burst(200, 10, 20, Map.of(), Map.of(),
                Map.of("ingest", 20.0, "segment", 40.0, "publish", 20.0, "Kafka + PostgreSQL", 15.0, "machine", 100.0),
                Map.of("ingest", 1.0, "segment", 2.0, "publish", 1.0));
        assertThat(burst.jitShare()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void has_no_share_without_service_cpu() {
        PipelineBench.Burst burst = new PipelineBench.Burst(0, 0, 0, Map.of(), Map.of(), Map.of("machine", 5.0), Map.of());
        assertThat(burst.jitShare()).isNaN();
    }
}
