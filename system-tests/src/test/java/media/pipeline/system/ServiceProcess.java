package media.pipeline.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One service ({@code quarkus-run.jar}, prod profile) as a separate OS process on a fixed port.
 *
 * <p>The JVM runs under a tiny {@code sh} watchdog that reads this JVM's pipe on its standard input:
 * when the test JVM dies, even by {@code kill -9}, the pipe closes and the watchdog kills the service
 * with SIGKILL. {@link #kill9()} sends SIGKILL to the service JVM itself (not to the watchdog), as an
 * operator's {@code kill -9 <pid>} would.
 */
final class ServiceProcess {
    /** Waits for the pipe to close (test JVM gone) or for the service to exit, whichever comes first. */
    private static final String WATCHDOG = "exec 3<&0\n"
            + "\"$@\" </dev/null 3<&- &\n"
            + "child=$!\n"
            + "{ read -r _ <&3; kill -9 \"$child\" 2>/dev/null; } &\n"
            + "watcher=$!\n"
            + "wait \"$child\"\n"
            + "rc=$?\n"
            + "kill \"$watcher\" 2>/dev/null\n"
            + "exit $rc\n";

    private final String name;
    private final Path jar;
    private final int port;
    private final Path logDir;
    private final Supplier<Map<String, String>> baseEnv;
    private final Map<String, String> extraEnv = new LinkedHashMap<>();
    private final Http http;
    private final List<String> jvmOptions;
    private Process watchdog;
    private OutputStream keepAlive;
    private ProcessHandle jvm;
    private int launches;
    private Path log;

    ServiceProcess(String name, Path jar, int port, Path logDir, Supplier<Map<String, String>> baseEnv, Http http,
                   List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.logDir = logDir;
        this.baseEnv = baseEnv;
        this.http = http;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Environment added on the next start (e.g. {@code PIPELINE_API_KEY}); null removes it. */
    synchronized void env(String key, String value) {
        if (value == null) {
            extraEnv.remove(key);
        } else {
            extraEnv.put(key, value);
        }
    }

    synchronized long pid() {
        return jvm == null ? -1 : jvm.pid();
    }

    synchronized int launches() {
        return launches;
    }

    synchronized Path log() {
        return log;
    }

    synchronized boolean isAlive() {
        return jvm != null && jvm.isAlive();
    }

    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running, pid " + jvm.pid());
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -B -ntp install -DskipTests from the root first");
        }
        launches++;
        log = logDir.resolve(name + "-" + launches + ".log");
        List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, name + "-watchdog",
                ServiceJava.find()));
        command.addAll(jvmOptions);
        command.add("-Dsystem.test.service=" + name);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(baseEnv.get());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_LOG_CONSOLE_COLOR", "false");
        env.remove("PIPELINE_API_KEY");
        env.putAll(extraEnv);
        try {
            watchdog = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        keepAlive = watchdog.getOutputStream();
        jvm = awaitJvm(watchdog);
        ProcessRegistry.record(jvm);
    }

    private ProcessHandle awaitJvm(Process shell) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = shell.toHandle().children()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            if (!shell.isAlive()) {
                throw new IllegalStateException(name + " exited at once with " + shell.exitValue() + "; see " + log);
            }
            sleep(20);
        }
        throw new IllegalStateException(name + ": no JVM under the watchdog after 20 s; see " + log);
    }

    /** Polls {@code /q/health/ready} until it answers 200 (UP). */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http.Response last = null;
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " died while starting; log " + log() + ":\n" + tail(log(), 40));
            }
            last = readiness();
            if (last != null && last.status() == 200) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + " (last: "
                + (last == null ? "no answer" : last.status() + " " + last.body()) + "); log " + log() + ":\n" + tail(log(), 40));
    }

    /** The readiness answer, or null when the service does not answer. */
    Http.Response readiness() {
        try {
            return http.get(uri("/q/health/ready"), Duration.ofSeconds(5));
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    boolean ready() {
        Http.Response r = readiness();
        return r != null && r.status() == 200;
    }

    /** SIGKILL to the service JVM: no shutdown hooks, no graceful close of consumers or connections. */
    synchronized void kill9() {
        if (jvm == null) {
            return;
        }
        jvm.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM and wait (graceful Quarkus shutdown), SIGKILL after 30 s. */
    synchronized void stop() {
        if (jvm == null) {
            return;
        }
        if (jvm.isAlive()) {
            jvm.destroy();
            try {
                jvm.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                jvm.destroyForcibly();
            }
        }
        awaitExit();
    }

    private void awaitExit() {
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
            watchdog.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            watchdog.destroyForcibly();
        }
        try {
            keepAlive.close();
        } catch (IOException e) {
            // the watchdog is gone
        }
        ProcessRegistry.forget(jvm);
        jvm = null;
    }

    static String tail(Path file, int lines) {
        if (file == null || !Files.exists(file)) {
            return "(no log)";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + "(pid " + pid() + ", port " + port + ")";
    }
}
