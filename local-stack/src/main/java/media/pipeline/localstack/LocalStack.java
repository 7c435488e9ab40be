package media.pipeline.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import media.pipeline.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * A real Kafka broker and a real PostgreSQL for tests, system tests and {@code bin/pipeline}.
 *
 * <p>Without Docker (the default here) the broker runs in a child JVM from Maven Central jars and
 * PostgreSQL runs from zonky's embedded binaries; with Docker, Testcontainers starts the same two.
 * {@code PIPELINE_STACK_MODE} ({@code auto}, {@code embedded}, {@code containers}) forces a mode.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalStack.class);

    /** Transcripts travel inline: topics take records up to 10 MiB. */
    public static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private final LocalStackOptions options;
    private final Mode mode;
    private final KafkaServer kafka;
    private final DatabaseServer database;
    private final RunDirectory run;

    public enum Mode { EMBEDDED, CONTAINERS }

    private LocalStack(LocalStackOptions options, Mode mode, KafkaServer kafka, DatabaseServer database, RunDirectory run) {
        this.options = options;
        this.mode = mode;
        this.kafka = kafka;
        this.database = database;
        this.run = run;
    }

    public static LocalStack start() {
        return start(LocalStackOptions.fromEnvironment());
    }

    public static LocalStack start(LocalStackOptions options) {
        Mode mode = ModeSelector.select(options.mode());
        long t0 = System.nanoTime();
        RunDirectory run = null;
        KafkaServer kafka = null;
        DatabaseServer database = null;
        try {
            if (mode == Mode.EMBEDDED) {
                StaleRunCleaner.clean(options.baseDirectory());
                run = RunDirectory.create(options.baseDirectory());
                kafka = ChildJvmKafka.start(run.path().resolve("kafka"), options, run::recordChild);
                database = EmbeddedPostgresDatabase.start(run.path().resolve("postgres"),
                        options.baseDirectory().resolve("pg-cache"), options, run);
            } else {
                kafka = ContainerKafka.start();
                database = ContainerPostgres.start();
            }
        } catch (RuntimeException | IOException e) {
            closeQuietly(kafka);
            closeQuietly(database);
            if (run != null) {
                run.delete();
            }
            throw new LocalStackException("local stack did not start: " + e.getMessage(), e);
        }
        LocalStack stack = new LocalStack(options, mode, kafka, database, run);
        LOG.infof("local-stack: %s mode ready in %d ms: Kafka %s, PostgreSQL %s", mode,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), kafka.bootstrapServers(), database.jdbcUrl());
        return stack;
    }

    public Mode mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String jdbcUsername() {
        return database.username();
    }

    public String jdbcPassword() {
        return database.password();
    }

    /** The directory of this run (logs, data), or null in container mode. */
    public Path runDirectory() {
        return run == null ? null : run.path();
    }

    /** Creates a topic with the given partition count; an existing topic is left as it is. */
    public void createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            admin.createTopics(java.util.List.of(new NewTopic(name, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES))))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new LocalStackException("cannot create topic " + name + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while creating topic " + name, e);
        } catch (TimeoutException e) {
            throw new LocalStackException("timed out creating topic " + name, e);
        }
    }

    /** The pipeline's topics and their dead-letter topics, as a deployment would create them. */
    public void createPipelineTopics(int partitions) {
        for (String topic : java.util.List.of(Topics.EPISODES_NEW, Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED)) {
            createTopic(topic, partitions);
            createTopic(Topics.deadLetter(topic), partitions);
        }
        createTopic(Topics.SUMMARIES_PUBLISHED, partitions);
    }

    /** Stops PostgreSQL, keeping its data (for outage tests). */
    public void stopDatabase() {
        database.stop();
    }

    /** Starts PostgreSQL again on the same port and data. */
    public void startDatabase() {
        database.restart();
    }

    /** Restarts the broker on the same port and data (for fault tests). */
    public void restartKafka() {
        kafka.restart();
    }

    /**
     * The configuration a Quarkus service needs to reach this stack, as Quarkus property names.
     */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", jdbcUrl());
        config.put("quarkus.datasource.username", jdbcUsername());
        config.put("quarkus.datasource.password", jdbcPassword());
        return config;
    }

    /** The same as environment variables, as the services read them in the prod profile. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("DB_JDBC_URL", jdbcUrl());
        env.put("DB_USERNAME", jdbcUsername());
        env.put("DB_PASSWORD", jdbcPassword());
        return env;
    }

    @Override
    public void close() {
        closeQuietly(kafka);
        closeQuietly(database);
        if (run != null && !options.keepData()) {
            run.delete();
        }
        LOG.info("local-stack: stopped");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warnf("local-stack: error while stopping %s: %s", closeable, e.getMessage());
        }
    }
}
