package media.pipeline.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Removes what a killed run left behind: its owner process is gone, but a PostgreSQL server may
 * still run on its data directory (pg_ctl detaches it), and its data fills the disk. Runs whose
 * owner is alive belong to another stack on this machine and are left alone.
 */
final class StaleRunCleaner {
    private static final Logger LOG = Logger.getLogger(StaleRunCleaner.class);

    private StaleRunCleaner() {
    }

    static void clean(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(base, RunDirectory.PREFIX + "*")) {
            for (Path run : runs) {
                Optional<Long> owner = readPid(run.resolve(RunDirectory.OWNER_FILE));
                if (owner.isPresent() && ProcessHandle.of(owner.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                LOG.infof("local-stack: cleaning stale run %s (owner %s is gone)", run.getFileName(),
                        owner.map(String::valueOf).orElse("unknown"));
                readPid(run.resolve("postgres").resolve("postmaster.pid")).ifPresent(pid -> stop(pid, "postgres"));
                if (Files.exists(run.resolve(RunDirectory.CHILDREN_FILE))) {
                    List<String> lines = Files.readAllLines(run.resolve(RunDirectory.CHILDREN_FILE));
                    for (String line : lines) {
                        parse(line).ifPresent(pid -> stop(pid, "java"));
                    }
                }
                RunDirectory.deleteTree(run);
            }
        }
    }

    /** Stops the process only if it still is what we started (pids get reused). */
    private static void stop(long pid, String expectedCommand) {
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains(expectedCommand)).orElse(false))
                .ifPresent(process -> {
            LOG.infof("local-stack: stopping stale process %d (%s)", pid, process.info().command().orElse("?"));
            process.destroy();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private static Optional<Long> readPid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : parse(lines.get(0));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
