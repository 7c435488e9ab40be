package media.pipeline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import media.pipeline.localstack.LocalStackTestResource;
import media.pipeline.runtime.retention.RetentionJob;
import org.junit.jupiter.api.Test;

/** The retention job as the service wires it: its own schema, the default week for sent events, its metric. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class RetentionJobTest {
    @Inject
    RetentionJob job;

    @Inject
    DataSource dataSource;

    @Test
    void deletes_the_services_sent_rows_older_than_a_week_and_counts_them() throws SQLException {
        String old = "retention-old-" + UUID.randomUUID();
        String recent = "retention-recent-" + UUID.randomUUID();
        sentOutboxRow(old, 8);
        sentOutboxRow(recent, 6);

        assertThat(job.run().sentEvents()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("pipeline_retention_deleted_total\\{[^}]*table=\"outbox\"[^}]*} [1-9]");
    }

    private void sentOutboxRow(String eventId, int daysAgo) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into outbox(event_id, channel, event_type, record_key, payload, created_at, sent_at) "
                        + "values (?, 'transcripts-out', 'media.pipeline.TranscriptIngested.v1', ?, '{}', "
                        + "now() - make_interval(days => ?), now() - make_interval(days => ?))")) {
            ps.setString(1, eventId);
            ps.setString(2, eventId);
            ps.setInt(3, daysAgo);
            ps.setInt(4, daysAgo);
            ps.executeUpdate();
        }
    }

    private boolean exists(String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from outbox where event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
