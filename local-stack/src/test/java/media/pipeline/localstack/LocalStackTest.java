package media.pipeline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stack starts a broker that really stores and serves records and a database that really runs SQL. */
class LocalStackTest {
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = SharedLocalStack.get();
    }

    @AfterAll
    static void keepForOtherTests() {
        // shared; the JVM's shutdown hook stops it
    }

    @Test
    void brokerStoresAndServesRecords() throws Exception {
        stack.createTopic("local-stack-test", 3);
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>("local-stack-test", "k", "héllo")).get();
        }
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("local-stack-test"));
            long deadline = System.currentTimeMillis() + 30_000;
            ConsumerRecord<String, String> found = null;
            while (found == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    found = r;
                }
            }
            assertThat(found).isNotNull();
            assertThat(found.key()).isEqualTo("k");
            assertThat(found.value()).isEqualTo("héllo");
        }
    }

    @Test
    void databaseRunsSql() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), stack.jdbcUsername(), stack.jdbcPassword());
             Statement s = c.createStatement()) {
            s.execute("create table if not exists t_probe(id int primary key, note text)");
            s.execute("insert into t_probe values (1, 'ok') on conflict do nothing");
            try (ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int, note from t_probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isBetween(170000, 179999);
                assertThat(rs.getString(2)).isEqualTo("ok");
            }
        }
    }

    @Test
    void runDirectoryRecordsOwnerForStaleCleanup() throws Exception {
        Path run = stack.runDirectory();
        if (stack.mode() == LocalStack.Mode.EMBEDDED) {
            assertThat(Files.readString(run.resolve(RunDirectory.OWNER_FILE)).trim())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThat(Files.readAllLines(run.resolve(RunDirectory.CHILDREN_FILE))).hasSize(1);
        }
    }
}
