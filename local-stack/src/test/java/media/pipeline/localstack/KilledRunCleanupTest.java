package media.pipeline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with {@code kill -9} leaves a PostgreSQL server and its data behind, while its
 * broker dies with it (stdin watchdog); the next start cleans both and starts fresh.
 */
class KilledRunCleanupTest {

    @Test
    void nextStartCleansAfterKillMinus9(@TempDir Path base) throws Exception {
        Path envFile = base.resolve("stack.env");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                LocalStackMain.class.getName(), "--env-file", envFile.toString(), "--partitions", "1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("victim.log").toFile());
        builder.environment().put(LocalStackOptions.ENV_DIR, base.toString());
        builder.environment().put(LocalStackOptions.ENV_MODE, "embedded");
        Process victim = builder.start();
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (!Files.exists(envFile) && System.currentTimeMillis() < deadline && victim.isAlive()) {
                Thread.sleep(200);
            }
            assertThat(envFile).as("victim stack ready; log:%n%s", ChildJvmKafka.tail(base.resolve("victim.log"))).exists();

            Path run = onlyRun(base);
            long brokerPid = Long.parseLong(Files.readAllLines(run.resolve(RunDirectory.CHILDREN_FILE)).get(0).trim());
            long postgresPid = Long.parseLong(Files.readAllLines(run.resolve("postgres/postmaster.pid")).get(0).trim());

            victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs

            assertThat(waitForExit(brokerPid, 30)).as("broker dies with its parent").isTrue();
            assertThat(isAlive(postgresPid)).as("PostgreSQL outlives a killed parent").isTrue();

            try (LocalStack next = LocalStack.start(new LocalStackOptions("embedded", base, 0, 0, false))) {
                assertThat(waitForExit(postgresPid, 15)).as("stale PostgreSQL stopped").isTrue();
                assertThat(run).doesNotExist();
                assertThat(next.runDirectory()).exists();
            }
        } finally {
            victim.destroyForcibly();
        }
    }

    private static Path onlyRun(Path base) throws Exception {
        try (Stream<Path> runs = Files.list(base)) {
            List<Path> found = runs.filter(p -> p.getFileName().toString().startsWith(RunDirectory.PREFIX)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean waitForExit(long pid, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
