package media.pipeline.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import media.pipeline.localstack.KafkaProbe;
import media.pipeline.localstack.LocalStack;
import media.pipeline.localstack.LocalStackOptions;

/**
 * The system under test, shared by all scenarios of one test JVM: a real Kafka broker and a real
 * PostgreSQL (local-stack, embedded mode unless {@code PIPELINE_STACK_MODE} says otherwise), the
 * pipeline topics with 6 partitions, and ingest, segment and publish as three separate OS processes
 * running their packaged fast-jars (prod profile). Stopped by a shutdown hook at JVM exit.
 */
final class Pipeline {
    static final int PARTITIONS = 6;
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static Pipeline instance;

    final LocalStack stack;
    final Http http = new Http();
    final KafkaProbe kafka;
    final ServiceProcess ingest;
    final ServiceProcess segment;
    final ServiceProcess publish;
    final Path logDir;

    private Pipeline(LocalStack stack, Path logDir) {
        this.stack = stack;
        this.logDir = logDir;
        this.kafka = new KafkaProbe(stack.kafkaBootstrapServers());
        Path root = moduleDir().getParent();
        this.ingest = new ServiceProcess("ingest", jar(root, "ingest-service"), freePort(), logDir, stack::environment, http,
                jvmOptions("ingest-service"));
        this.segment = new ServiceProcess("segment", jar(root, "segment-service"), freePort(), logDir, stack::environment, http,
                jvmOptions("segment-service"));
        this.publish = new ServiceProcess("publish", jar(root, "publish-service"), freePort(), logDir, stack::environment, http,
                jvmOptions("publish-service"));
    }

    /**
     * Another instance of a service (same jar, environment, consumer groups and database as the first),
     * on its own free port, not started; its logs are {@code <name>-N.log}. Not in {@link #services()}:
     * the caller stops it (the registry's hook kills it at JVM exit).
     */
    ServiceProcess newInstance(String name, String module) {
        return new ServiceProcess(name, jar(moduleDir().getParent(), module), freePort(), logDir, stack::environment, http,
                jvmOptions(module));
    }

    static synchronized Pipeline get() {
        if (instance == null) {
            long t0 = System.nanoTime();
            Path logDir = moduleDir().resolve("target").resolve("system-logs");
            try {
                Files.createDirectories(logDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ProcessRegistry.init(logDir.resolve("service.pids"));
            LocalStackOptions env = LocalStackOptions.fromEnvironment();
            String mode = System.getenv(LocalStackOptions.ENV_MODE) == null ? "embedded" : env.mode();
            LocalStack stack = LocalStack.start(new LocalStackOptions(mode, env.baseDirectory(), 0, 0, false));
            Pipeline p = new Pipeline(stack, logDir);
            Runtime.getRuntime().addShutdownHook(new Thread(p::close, "system-tests-shutdown"));
            instance = p;
            stack.createPipelineTopics(PARTITIONS);
            p.startAll();
            Summary.line("setup", String.format("local-stack %s (Kafka %s, PostgreSQL %s), %d partitions, services ready in %d s: %s, %s, %s",
                    stack.mode(), stack.kafkaBootstrapServers(), stack.jdbcUrl(), PARTITIONS,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), p.ingest, p.segment, p.publish));
        }
        return instance;
    }

    List<ServiceProcess> services() {
        return List.of(ingest, segment, publish);
    }

    void startAll() {
        services().forEach(ServiceProcess::start);
        services().forEach(s -> s.awaitReady(START_TIMEOUT));
    }

    /** Kills (SIGKILL) and starts a service again on the same port; returns when it is ready. */
    void restart(ServiceProcess service, boolean kill9) {
        if (kill9) {
            service.kill9();
        } else {
            service.stop();
        }
        service.start();
        service.awaitReady(START_TIMEOUT);
    }

    // ------------------------------------------------------------------ ingest

    Http.Response postTranscript(String contentType, byte[] body, Map<String, String> query) {
        return postTranscript(contentType, body, query, Map.of());
    }

    Http.Response postTranscript(String contentType, byte[] body, Map<String, String> query, Map<String, String> headers) {
        return http.post(ingest.uri("/api/episodes" + queryString(query)), contentType, body, headers, Duration.ofSeconds(120));
    }

    /**
     * Posts until ingest answers 200 or 202 (connection failures and 5xx are retried: the service may
     * be down or restarting); any other status fails at once.
     */
    Http.Response postUntilAccepted(String contentType, byte[] body, Map<String, String> query, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                Http.Response r = postTranscript(contentType, body, query);
                if (r.status() == 200 || r.status() == 202) {
                    return r;
                }
                if (r.status() < 500) {
                    throw new AssertionError("ingest rejected " + query + ": " + r);
                }
                last = r.toString();
            } catch (UncheckedIOException e) {
                last = e.getMessage();
            }
            ServiceProcess.sleep(500);
        }
        throw new AssertionError("ingest did not accept " + query + " within " + timeout + "; last: " + last);
    }

    static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("?");
        query.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append('&');
            }
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    // ------------------------------------------------------------------ publish

    /** The current chapter set, or null while publish has none (404) or does not answer. */
    JsonNode chapters(String episodeId) {
        try {
            Http.Response r = http.get(publish.uri("/api/episodes/" + URLEncoder.encode(episodeId, StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/chapters"), Duration.ofSeconds(30));
            return r.status() == 200 ? r.json() : null;
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** Polls publish until every episode has chapters; returns them by id (missing ones are absent). */
    Map<String, JsonNode> awaitChapters(Collection<String> episodeIds, Duration timeout) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        Set<String> pending = new LinkedHashSet<>(episodeIds);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (String id : new ArrayList<>(pending)) {
                JsonNode c = chapters(id);
                if (c != null) {
                    found.put(id, c);
                    pending.remove(id);
                }
            }
            if (!pending.isEmpty()) {
                ServiceProcess.sleep(1000);
            }
        }
        return found;
    }

    JsonNode episode(String episodeId) {
        Http.Response r = http.get(ingest.uri("/api/episodes/" + URLEncoder.encode(episodeId, StandardCharsets.UTF_8)), Duration.ofSeconds(30));
        return r.status() == 200 ? r.json() : null;
    }

    // ------------------------------------------------------------------ lifecycle

    synchronized void close() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess s : services()) {
            stops.add(CompletableFuture.runAsync(s::kill9));
        }
        stops.forEach(f -> {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the registry's hook kills what is left
            }
        });
        ProcessRegistry.killAll();
        try {
            kafka.close();
        } catch (RuntimeException e) {
            // broker already gone
        }
        stack.close();
    }

    static Path moduleDir() {
        String dir = System.getProperty("system.module.dir");
        return Path.of(dir != null ? dir : System.getProperty("user.dir")).toAbsolutePath();
    }

    private static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    private static List<String> jvmOptions(String module) {
        String configured = System.getProperty("system.service.jvm", "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError");
        List<String> options = new ArrayList<>(List.of(configured.trim().split("\\s+")));
        if (module.equals("segment-service")) {
            // one consumer per instance, as scenario 6 counts group members per instance (three consumers side by side,
            // the shipped setting, are tested by SegmentServiceTest against the same broker)
            options.add("-Dmp.messaging.incoming.transcripts-in.concurrency=1");
        }
        return List.copyOf(options);
    }

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
