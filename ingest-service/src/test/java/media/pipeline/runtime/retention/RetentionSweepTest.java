package media.pipeline.runtime.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import media.pipeline.ingest.testing.ScratchSchema;
import media.pipeline.localstack.LocalStackTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline-runtime retention sweep on the real PostgreSQL, in a scratch schema built by the shared
 * migration: the service's outbox relay never sees these rows. It lives here because ingest-service's
 * tests already run the local stack.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class RetentionSweepTest {
    private static final String SCHEMA = "retention_sweep_test";
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final RetentionPolicy WEEK_AND_MONTH = new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(30), 2);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    private ScratchSchema schema;
    private Connection connection;

    @BeforeEach
    void scratchSchema() throws SQLException, IOException {
        ScratchSchema.reset(jdbcUrl, user, password.orElse(""), SCHEMA, true);
        schema = ScratchSchema.connect(jdbcUrl, user, password.orElse(""), SCHEMA);
        connection = schema.connection();
        try (Statement s = connection.createStatement()) {
            s.execute(migration());
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    @Test
    void deletes_sent_rows_past_retention_in_batches_and_never_an_unsent_one() throws SQLException {
        for (int i = 0; i < 5; i++) {
            outbox("old-sent-" + i, NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(8)));
        }
        outbox("sent-yesterday", NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
        outbox("sent-just-inside", NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(7)).plusSeconds(1));
        outbox("unsent-for-a-month", NOW.minus(Duration.ofDays(30)), null);

        RetentionSweep.Swept swept = new RetentionSweep(WEEK_AND_MONTH).sweep(connection, NOW);

        assertThat(swept.sentEvents()).isEqualTo(5);
        assertThat(ids("select event_id from outbox order by id"))
                .containsExactly("sent-yesterday", "sent-just-inside", "unsent-for-a-month");
    }

    @Test
    void forgets_processed_event_ids_past_retention_for_every_consumer() throws SQLException {
        processed("segment", "a", NOW.minus(Duration.ofDays(31)));
        processed("segment", "b", NOW.minus(Duration.ofDays(29)));
        processed("publish", "a", NOW.minus(Duration.ofDays(90)));
        processed("publish", "Épisode – ünïcode 日本", NOW.minus(Duration.ofDays(45)));
        processed("publish", "c", NOW);

        RetentionSweep.Swept swept = new RetentionSweep(WEEK_AND_MONTH).sweep(connection, NOW);

        assertThat(swept).isEqualTo(new RetentionSweep.Swept(0, 3));
        assertThat(ids("select consumer || '/' || event_id from processed_event order by 1"))
                .containsExactly("publish/c", "segment/b");
    }

    @Test
    void zero_keeps_everything_and_an_empty_schema_is_fine() throws SQLException {
        RetentionSweep keepAll = new RetentionSweep(new RetentionPolicy(Duration.ZERO, Duration.ZERO, 1));
        assertThat(keepAll.sweep(connection, NOW)).isEqualTo(new RetentionSweep.Swept(0, 0));

        outbox("ancient", NOW.minus(Duration.ofDays(4000)), NOW.minus(Duration.ofDays(4000)));
        processed("segment", "ancient", NOW.minus(Duration.ofDays(4000)));
        assertThat(keepAll.sweep(connection, NOW)).isEqualTo(new RetentionSweep.Swept(0, 0));
        assertThat(ids("select event_id from outbox")).containsExactly("ancient");
    }

    @Test
    void refuses_a_connection_inside_a_transaction() throws SQLException {
        connection.setAutoCommit(false);
        try {
            assertThatThrownBy(() -> new RetentionSweep(WEEK_AND_MONTH).sweep(connection, NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto-commit");
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private void outbox(String eventId, Instant created, Instant sent) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into outbox(event_id, channel, event_type, record_key, "
                + "payload, created_at, sent_at) values (?, 'transcripts-out', 'media.pipeline.TranscriptIngested.v1', ?, '{}', ?, ?)")) {
            ps.setString(1, eventId);
            ps.setString(2, eventId);
            ps.setTimestamp(3, Timestamp.from(created));
            ps.setTimestamp(4, sent == null ? null : Timestamp.from(sent));
            ps.executeUpdate();
        }
    }

    private void processed(String consumer, String eventId, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into processed_event(consumer, event_id, processed_at) values (?, ?, ?)")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    private List<String> ids(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static String migration() throws IOException {
        try (InputStream in = RetentionSweep.class.getClassLoader()
                .getResourceAsStream("db/pipeline/V1__outbox_and_processed_events.sql")) {
            assertThat(in).as("the shared migration on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
