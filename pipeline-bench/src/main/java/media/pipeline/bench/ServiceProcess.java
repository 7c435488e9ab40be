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

    /**
     * Starts a service on this JVM's java, as bin/pipeline does (bin/bench runs the harness on the services' JDK,
     * bin/lib/service-jvm.sh): on JDK 25+ with its AOT cache, made first by a training run when it is missing
     * or older than the jars; on an older JDK with the build's AppCDS archive.
     */
    static ServiceProcess start(Path root, String name, int port, List<String> jvmOptions, Map<String, String> env,
                                Path logDir) throws IOException, InterruptedException {
        Path jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -B -ntp -DskipTests package)");
        }
        String aot = aotCacheName(Runtime.version(), System.getenv("PIPELINE_AOT"));
        List<String> cache = new ArrayList<>();
        if (aot != null) {
            if (needsTraining(jar.getParent(), aot)) {
                train(jar, name, port, jvmOptions, env, logDir, aot);
            }
            if (Files.isRegularFile(jar.resolveSibling(aot))) {
                cache.add("-XX:AOTCache=" + aot);
            }
        } else if (Files.isRegularFile(jar.resolveSibling("app-cds.jsa")) && !"false".equals(System.getenv("BENCH_APPCDS"))) {
            // built with -Dquarkus.package.jar.appcds.enabled=true (bin/pipeline and bin/bench do); the archive
            // records the class path as dumped (relative "quarkus-run.jar"), so the JVM only maps it when
            // started the same way: from the quarkus-app directory, with a relative -jar
            cache.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        return launch(jar, name, port, jvmOptions, cache, env, logDir.resolve(name + ".log"));
    }

    /** The AOT cache file for this JDK ({@code app-25.0.3.aot}), or null before JDK 25 or when switched off. */
    static String aotCacheName(Runtime.Version version, String setting) {
        if ("off".equals(setting) || version.feature() < 25) {
            return null;
        }
        return "app-" + version.feature() + "." + version.interim() + "." + version.update() + ".aot";
    }

    private static boolean needsTraining(Path appDir, String aot) throws IOException {
        Path cache = appDir.resolve(aot);
        if (!Files.isRegularFile(cache)) {
            return true;
        }
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(cache);
        try (var files = Files.walk(appDir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".aot") && Files.isRegularFile(f))
                    .anyMatch(f -> {
                        try {
                            return Files.getLastModifiedTime(f).compareTo(made) > 0;
                        } catch (IOException e) {
                            return true;
                        }
                    });
        }
    }

    /** A real start against the stack, then a clean stop: the JVM writes the AOT cache while exiting. */
    private static void train(Path jar, String name, int port, List<String> jvmOptions, Map<String, String> env,
                              Path logDir, String aot) throws IOException, InterruptedException {
        Files.deleteIfExists(jar.resolveSibling(aot));
        try (ServiceProcess training = launch(jar, name, port, jvmOptions, List.of("-XX:AOTCacheOutput=" + aot), env,
                logDir.resolve(name + "-aot-training.log"))) {
            training.awaitReady(Duration.ofMinutes(3));
            training.process.destroy();
            if (!training.process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException(name + "-service training run did not exit; see " + training.log);
            }
        }
    }

    private static ServiceProcess launch(Path jar, String name, int port, List<String> jvmOptions, List<String> cache,
                                         Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(cache);
        command.add("-jar");
        command.add(jar.getFileName().toString());
        Files.createDirectories(log.getParent());
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

    /**
     * Sum and count of the service's pipeline.stage.duration timer. The value is the second field: a line may end
     * with an OpenMetrics exemplar ({@code # {span_id=...} 1.0 1795697509.800}) whose last field is a timestamp.
     */
    double[] stageTimer() {
        double sum = 0;
        double count = 0;
        for (String line : metrics().split("\n")) {
            if (line.startsWith("pipeline_stage_duration_seconds_sum{")) {
                sum += sampleValue(line);
            } else if (line.startsWith("pipeline_stage_duration_seconds_count{")) {
                count += sampleValue(line);
            }
        }
        return new double[] {sum, count};
    }

    static double sampleValue(String line) {
        return Double.parseDouble(line.substring(line.indexOf('}') + 1).trim().split("\\s+")[0]);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
