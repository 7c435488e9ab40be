package media.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.ingest.testing.ScratchSchema;
import media.pipeline.localstack.LocalStackTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V3 moves the cue rows of an existing database into one json value per episode: in a scratch schema
 * migrated to V2, filled as the old store filled it, then migrated to the latest version.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CueMigrationTest {
    private static final String SCHEMA = "cue_migration_test";
    private static final TypeReference<List<Cue>> CUES = new TypeReference<>() { };

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private ScratchSchema schema;
    private Connection connection;

    @BeforeEach
    void schemaAtV2() throws SQLException {
        ScratchSchema.reset(jdbcUrl, user, password.orElse(""), SCHEMA, false);
        flyway("2").migrate();
        schema = ScratchSchema.connect(jdbcUrl, user, password.orElse(""), SCHEMA);
        connection = schema.connection();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    @Test
    void every_episode_keeps_its_cues_in_order_with_times_speakers_and_text() throws Exception {
        List<Cue> first = List.of(
                new Cue(0, 2.5, "Frédéric Simottel", "Bonsoir à tous, « Tech & Co » commence."),
                new Cue(2.5, 2.5, null, "un \"mot\" entre guillemets, une \\ barre, un\ttab"),
                new Cue(3, 4.25, null, "L’été à Zürich — 東京 aussi ? 🎉"));
        List<Cue> second = List.of(new Cue(10, 11, "Anna", "Hello."), new Cue(11, 13.75, "Ben", "Hi, Anna."));
        episode("ep-1", first, true);
        episode("ep-2", second, false);
        episode("ep-without-cues", List.of(), false);

        flyway(null).migrate();

        assertThat(cues("ep-1")).containsExactlyElementsOf(first);
        assertThat(cues("ep-2")).containsExactlyElementsOf(second);
        assertThat(count("select count(*) from episode_cues where episode_id = 'ep-without-cues'")).isZero();
        assertThat(count("select count(*) from information_schema.tables where table_schema = '" + SCHEMA
                + "' and table_name = 'cue'")).as("the old table is gone").isZero();
        // still readable as rows in SQL
        assertThat(count("select count(*) from episode_cues, json_to_recordset(cues) as c(start float8, \"end\" float8, "
                + "speaker text, text text) where c.speaker is null")).isEqualTo(2);
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(jdbcUrl, user, password.orElse("")).schemas(SCHEMA)
                .locations("classpath:db/pipeline", "classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    /** As the store wrote episodes before V3: inserted in reverse order, so that only seq orders them. */
    private void episode(String id, List<Cue> cues, boolean reverse) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into raw_payload(sha256, bytes, size_bytes) values (?, ?, 1)")) {
            ps.setString(1, String.format("%64s", id).replace(' ', '0'));
            ps.setBytes(2, new byte[] {1});
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into episode(id, sha256, format, metadata, cue_count, duration_seconds, status) "
                        + "values (?, ?, 'vtt', '{}'::jsonb, ?, 0, 'INGESTED')")) {
            ps.setString(1, id);
            ps.setString(2, String.format("%64s", id).replace(' ', '0'));
            ps.setInt(3, cues.size());
            ps.executeUpdate();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            order.add(reverse ? cues.size() - 1 - i : i);
        }
        for (int seq : order) {
            Cue cue = cues.get(seq);
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into cue(episode_id, seq, start_s, end_s, speaker, text) values (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setInt(2, seq);
                ps.setDouble(3, cue.start());
                ps.setDouble(4, cue.end());
                ps.setString(5, cue.speaker());
                ps.setString(6, cue.text());
                ps.executeUpdate();
            }
        }
    }

    private List<Cue> cues(String id) throws Exception {
        try (PreparedStatement ps = connection.prepareStatement("select cues from episode_cues where episode_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("cues of %s", id).isTrue();
                return PipelineJson.mapper().readValue(rs.getString(1), CUES);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
