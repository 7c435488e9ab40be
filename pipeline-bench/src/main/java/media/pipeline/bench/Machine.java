package media.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the numbers were measured on. */
final class Machine {
    private Machine() {
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown CPU";
    }

    static double memTotalGb() {
        return meminfoKb("MemTotal") / 1024.0 / 1024.0;
    }

    static long meminfoKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    /** The 1-minute load average. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    static String summary() {
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GB RAM, %s", Runtime.getRuntime().availableProcessors(),
                cpuModel(), memTotalGb(), java());
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** User + system CPU time of a process in ms (/proc/PID/stat, 100 ticks per second), or -1. */
    static double cpuMillis(long pid) {
        try {
            return ticksMillis(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU ms of a JVM's JIT compiler threads (those named {@code C1 CompilerThread*} and {@code C2 CompilerThread*}
     * in /proc/PID/task), or -1 when the process is gone.
     */
    static double jitCpuMillis(long pid) {
        Path tasks = Path.of("/proc/" + pid + "/task");
        try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
            return threads.mapToDouble(t -> {
                try {
                    String name = Files.readString(t.resolve("comm")).trim();
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                        return 0;
                    }
                    return ticksMillis(Files.readString(t.resolve("stat")));
                } catch (IOException | RuntimeException e) {
                    return 0; // the thread ended
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** User + system time of a /proc stat line, in ms (100 ticks per second). */
    static double ticksMillis(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }

    /** CPU time spent by all processes on all cores, in ms (/proc/stat: everything but idle and iowait), or -1. */
    static double busyMillis() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU ms of the processes whose command line mentions {@code marker} (e.g. a run directory) and of all their
     * descendants (PostgreSQL's backends are children of the postmaster).
     */
    static double treeCpuMillis(String marker) {
        return treePids(marker).stream().mapToDouble(Machine::cpuMillis).filter(v -> v >= 0).sum();
    }

    /** The processes whose command line mentions {@code marker}, and their descendants. */
    static java.util.Set<Long> treePids(String marker) {
        java.util.Set<Long> pids = new java.util.TreeSet<>();
        ProcessHandle.allProcesses()
                .filter(p -> commandLine(p).contains(marker))
                .forEach(p -> {
                    pids.add(p.pid());
                    p.descendants().forEach(d -> pids.add(d.pid()));
                });
        return pids;
    }

    /**
     * The whole command line of a process, from /proc/PID/cmdline. {@code ProcessHandle.Info.commandLine()}
     * gives up on long ones (the Kafka child JVM's classpath): it returned a 23-character line for a process
     * whose arguments ran to 6 KB, so the broker, whose data directory comes last, was never matched and its
     * CPU was counted as "other processes" until 2026-11-27.
     */
    static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline")), java.nio.charset.StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return p.info().commandLine().orElse("");
        }
    }
}
