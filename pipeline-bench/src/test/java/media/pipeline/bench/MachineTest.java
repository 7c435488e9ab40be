package media.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading CPU time from /proc stat lines (whose second field, the thread name, may hold spaces and parentheses) and command lines. */
class MachineTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "4242 (java) S 1 4242 4242 0 -1 4194560 100 0 0 0 150 25 0 0 20 0 60 0 300 0 0|1750.0",
            "4243 (C2 CompilerThre) S 1 4242 4242 0 -1 4194624 0 0 0 0 731 2 0 0 20 0 60 0 301 0 0|7330.0",
            "4244 (odd) name (x)) R 1 4242 4242 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 302 0 0|0.0"})
    void reads_user_plus_system_ticks_as_milliseconds(String stat, double expected) {
        assertThat(Machine.ticksMillis(stat)).isEqualTo(expected);
    }

    @Test
    void counts_this_jvms_compiler_threads_within_its_cpu_time() {
        long pid = ProcessHandle.current().pid();
        double jit = Machine.jitCpuMillis(pid);
        assertThat(jit).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(Machine.cpuMillis(pid));
        assertThat(Machine.jitCpuMillis(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void finds_a_marker_at_the_end_of_a_long_command_line_like_the_kafka_child_jvms() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        String marker = "/tmp/bench-run-" + System.nanoTime() + "/kafka/server.properties";
        Process p = new ProcessBuilder("sh", "-c", "sleep 30", "-cp", "x".repeat(6000), marker).start();
        try {
            assertThat(Machine.commandLine(p.toHandle())).endsWith(marker + " ").contains("sleep 30");
            assertThat(Machine.treePids(marker)).contains(p.pid());
            assertThat(Machine.treePids(marker + "-not-running")).isEmpty();
        } finally {
            p.destroyForcibly();
        }
    }
}
