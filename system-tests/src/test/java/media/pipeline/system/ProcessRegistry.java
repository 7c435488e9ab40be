package media.pipeline.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every service JVM this test JVM started: killed by a shutdown hook at exit, and written to
 * {@code target/system-logs/service.pids} so that a later run kills what a killed run left behind
 * (only processes that still have the recorded start time and run {@code quarkus-run.jar}).
 */
final class ProcessRegistry {
    private static final Map<Long, ProcessHandle> LIVE = new ConcurrentHashMap<>();
    private static Path file;

    private ProcessRegistry() {
    }

    static synchronized void init(Path pidFile) {
        file = pidFile;
        killStale(pidFile);
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessRegistry::killAll, "system-tests-kill-services"));
    }

    static synchronized void record(ProcessHandle process) {
        LIVE.put(process.pid(), process);
        if (file != null) {
            String start = process.info().startInstant().map(Instant::toString).orElse("?");
            try {
                Files.writeString(file, process.pid() + " " + start + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    static void forget(ProcessHandle process) {
        LIVE.remove(process.pid());
    }

    static void killAll() {
        for (ProcessHandle p : LIVE.values()) {
            p.destroyForcibly();
        }
        LIVE.clear();
    }

    private static void killStale(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            for (String line : lines) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 2) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(parts[0]))
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().startInstant().map(Instant::toString).orElse("").equals(parts[1]))
                        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("quarkus-run.jar")).orElse(false))
                        .ifPresent(p -> {
                            System.out.println("system-tests: killing stale service JVM " + p.pid());
                            p.destroyForcibly();
                        });
            }
            Files.delete(pidFile);
        } catch (IOException | NumberFormatException e) {
            // best effort
        }
    }
}
