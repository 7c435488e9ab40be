package media.pipeline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One service as a separate JVM from its quarkus-app jar, as bin/pipeline starts it. */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final long launchedNanos;
    long readyMillis = -1;

    private ServiceProcess(String name, int port, Path log, Process process, long launchedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.launchedNanos = launchedNanos;
    }

    static ServiceProcess start(Path root, String name, int port, List<String> jvmOptions, Map<String, String> env,
                                Path logDir) throws IOException {
        Path jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -B -ntp -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        Path cds = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(cds) && !"false".equals(System.getenv("BENCH_APPCDS"))) {
            // built with -Dquarkus.package.jar.appcds.enabled=true (bin/pipeline and bin/bench do); the archive
            // records the class path as dumped (relative "quarkus-run.jar"), so the JVM only maps it when
            // started the same way: from the quarkus-app directory, with a relative -jar
            command.add("-XX:SharedArchiveFile=" + cds.getFileName());
        }
        command.add("-jar");
        command.add(jar.getFileName().toString());
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        pb.environment().putAll(environment);
        long t0 = System.nanoTime();
        return new ServiceProcess(name, port, log, pb.start(), t0);
    }

    /** Polls /q/health/ready every 20 ms; returns the milliseconds from launch to the first 200. */
    long awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + "-service exited while starting; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyMillis = (System.nanoTime() - launchedNanos) / 1_000_000;
                    return readyMillis;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + "-service not ready after " + timeout + "; see " + log);
    }

    /** Quarkus' own "started in X s" from the log, in ms, or -1. */
    long quarkusStartedMillis() {
        try {
            Matcher m = STARTED.matcher(Files.readString(log));
            return m.find() ? Math.round(Double.parseDouble(m.group(1)) * 1000) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS in MB from /proc/PID/status, or -1. */
    double rssMb() {
        return Machine.rssMb(process.pid());
    }

    String metrics() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Sum and count of the service's pipeline.stage.duration timer. */
    double[] stageTimer() {
        double sum = 0;
        double count = 0;
        for (String line : metrics().split("\n")) {
            if (line.startsWith("pipeline_stage_duration_seconds_sum{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("pipeline_stage_duration_seconds_count{")) {
                count += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return new double[] {sum, count};
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
