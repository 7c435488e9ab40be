package media.pipeline.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jboss.logging.Logger;

/**
 * A real Kafka broker (KRaft combined mode: broker and controller in one node) in a child JVM whose
 * classpath was written at build time by the {@code local-stack-broker} module. The child reads its
 * standard input and halts at end-of-file, so it dies with this JVM, even after {@code kill -9}.
 */
final class ChildJvmKafka implements KafkaServer {
    private static final Logger LOG = Logger.getLogger(ChildJvmKafka.class);
    private static final String CLASSPATH_RESOURCE = "/media/pipeline/localstack/broker/kafka-broker.classpath";
    private static final String LAUNCHER = "media.pipeline.localstack.broker.BrokerLauncher";
    private static final long READY_TIMEOUT_MS = 90_000;

    private final Path dir;
    private final int port;
    private final LongConsumer recorder;
    private Process process;
    private OutputStream keepAlive;

    private ChildJvmKafka(Path dir, int port, LongConsumer recorder) {
        this.dir = dir;
        this.port = port;
        this.recorder = recorder;
    }

    static ChildJvmKafka start(Path dir, LocalStackOptions options) throws IOException {
        return start(dir, options, pid -> { });
    }

    static ChildJvmKafka start(Path dir, LocalStackOptions options, LongConsumer recorder) throws IOException {
        Files.createDirectories(dir);
        int port = FreePorts.pick(options.kafkaPort());
        int controllerPort = FreePorts.pick(0);
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, serverProperties(dir.resolve("data"), port, controllerPort), StandardCharsets.UTF_8);
        ChildJvmKafka kafka = new ChildJvmKafka(dir, port, recorder);
        kafka.format(properties);
        kafka.launch();
        return kafka;
    }

    static String serverProperties(Path dataDir, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=1000000",
                "message.max.bytes=" + LocalStack.MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + LocalStack.MAX_MESSAGE_BYTES,
                "") ;
    }

    private void format(Path properties) throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(dir.resolve("cluster.id"), clusterId, StandardCharsets.US_ASCII);
        Process format = new ProcessBuilder(command("format", clusterId, properties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("format.log").toFile())
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new LocalStackException("formatting Kafka storage failed; see " + dir.resolve("format.log")
                        + ":\n" + tail(dir.resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while formatting Kafka storage", e);
        }
    }

    private void launch() throws IOException {
        long t0 = System.nanoTime();
        Path log = dir.resolve("kafka.log");
        process = new ProcessBuilder(command("run", dir.resolve("server.properties").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        keepAlive = process.getOutputStream();
        recorder.accept(process.pid());
        awaitReady(log);
        LOG.infof("local-stack: Apache Kafka broker %s (KRaft broker+controller) started at %s in %d ms, pid %d, log %s",
                AppInfoParser.getVersion(), bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                process.pid(), log);
    }

    private void awaitReady(Path log) {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (true) {
            if (!process.isAlive()) {
                throw new LocalStackException("Kafka broker exited with " + process.exitValue() + "; log " + log + ":\n" + tail(log));
            }
            try (Admin admin = Admin.create(config)) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new LocalStackException("interrupted while waiting for Kafka", e);
                }
            }
            if (System.currentTimeMillis() > deadline) {
                process.destroyForcibly();
                throw new LocalStackException("Kafka broker not ready after " + READY_TIMEOUT_MS + " ms; log " + log + ":\n" + tail(log));
            }
            sleep(200);
        }
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dorg.slf4j.simpleLogger.logFile=System.out");
        command.add("-cp");
        command.add(classpath());
        command.add(LAUNCHER);
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher's own jar (or classes directory) followed by the broker classpath written at build time. */
    static String classpath() {
        URL resource = ChildJvmKafka.class.getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new LocalStackException("broker classpath resource " + CLASSPATH_RESOURCE
                    + " is missing: build the local-stack-broker module first");
        }
        String launcherLocation;
        try (InputStream in = resource.openStream()) {
            String brokerClasspath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            launcherLocation = codeSourceOf(resource);
            return launcherLocation + java.io.File.pathSeparator + brokerClasspath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codeSourceOf(URL resource) {
        String url = resource.toString();
        try {
            if (url.startsWith("jar:")) {
                String jar = url.substring("jar:".length(), url.indexOf("!/"));
                return Path.of(new java.net.URI(jar)).toString();
            }
            Path file = Path.of(resource.toURI());
            // .../classes/media/pipeline/localstack/broker/kafka-broker.classpath -> .../classes
            return file.getParent().getParent().getParent().getParent().getParent().toString();
        } catch (URISyntaxException e) {
            throw new LocalStackException("unexpected resource location " + url, e);
        }
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void restart() {
        stopProcess();
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        stopProcess();
    }

    private void stopProcess() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            keepAlive.close();
        } catch (IOException e) {
            // the child is gone already
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers();
    }
}
