package media.pipeline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import media.pipeline.localstack.LocalStackTestResource;
import media.pipeline.runtime.outbox.Outbox;
import media.pipeline.runtime.outbox.OutboxRelay;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An outbox row that can never be sent (here: written for a channel this service no longer has) is parked after
 * {@code pipeline.outbox.park-after} (5) failed sends, and the events behind it go out; released by hand, it is tried
 * again.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class OutboxParkingTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    DataSource dataSource;

    @Test
    void aRowThatCanNeverBeSentIsParkedAndTheEventsBehindItGoOut() throws Exception {
        String stuckKey = "it-retired-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.append("retired-out", "media.pipeline.Retired.v1",
                UUID.randomUUID().toString(), stuckKey, Map.of("episodeId", stuckKey)));
        String behind = "it-behind-parked-" + UUID.randomUUID();
        given().contentType("text/plain").queryParam("episodeId", behind).queryParam("language", "en")
                .body("An ordinary episode queued behind an event that can never be sent.").when().post("/api/episodes")
                .then().statusCode(202);

        // sent: the broker acknowledged it (sent_at is set only then)
        Awaitility.await().atMost(WAIT).until(() -> row(behind).sent());
        Row stuck = row(stuckKey);
        assertThat(stuck.parked()).as("parked").isTrue();
        assertThat(stuck.sent()).as("sent").isFalse();
        assertThat(stuck.attempts()).isEqualTo(5);
        assertThat(stuck.lastError()).contains("no sender for channel retired-out");
        assertThat(relay.parked()).isGreaterThanOrEqualTo(1);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pipeline_outbox_parked"));

        // released by hand (docs/deployment.md): tried again, and parked again at once since the cause is still there
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update outbox set parked_at = null where record_key = ?")) {
            ps.setString(1, stuckKey);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        relay.flush();
        Awaitility.await().atMost(WAIT).until(() -> row(stuckKey).parked());
        assertThat(row(stuckKey).attempts()).isEqualTo(6);
    }

    private record Row(boolean parked, boolean sent, int attempts, String lastError) {
    }

    private Row row(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select parked_at is not null, sent_at is not null, attempts, last_error from outbox where record_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("outbox row of %s", key).isTrue();
                return new Row(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4));
            }
        }
    }
}
