package media.pipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Scenario 5: with PIPELINE_API_KEY set, ingest's write endpoint needs X-Api-Key; reads stay open. */
@Order(5)
class ApiKeySystemTest {

    @Test
    void ingestWithAnApiKeyRejectsUploadsWithoutItAndAcceptsThemWithIt() {
        Pipeline p = Pipeline.get();
        String key = "st-" + Long.toString(System.nanoTime(), 36);
        String id = "api-key-" + Long.toString(System.currentTimeMillis(), 36);
        byte[] body = Fixtures.generated(30_000, "srt")[1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        p.ingest.env("PIPELINE_API_KEY", key);
        try {
            p.restart(p.ingest, false);

            Http.Response missing = p.postTranscript("application/x-subrip", body, Map.of("episodeId", id));
            assertThat(missing.status()).as("without X-Api-Key: %s", missing).isEqualTo(401);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.text("type")).isEqualTo("urn:problem:unauthorized");
            assertThat(missing.json().path("status").asInt()).isEqualTo(401);

            Http.Response wrong = p.postTranscript("application/x-subrip", body, Map.of("episodeId", id), Map.of("X-Api-Key", key + "x"));
            assertThat(wrong.status()).as("with a wrong key: %s", wrong).isEqualTo(401);
            assertThat(wrong.text("type")).isEqualTo("urn:problem:unauthorized");
            assertThat(p.episode(id)).as("nothing stored by the refused uploads").isNull();

            Http.Response ok = p.postTranscript("application/x-subrip", body, Map.of("episodeId", id), Map.of("X-Api-Key", key));
            assertThat(ok.status()).as("with the key: %s", ok).isEqualTo(202);
            assertThat(ok.text("episodeId")).isEqualTo(id);

            JsonNode view = p.episode(id);
            assertThat(view).as("GET /api/episodes/{id} without a key (reads stay open)").isNotNull();
            Map<String, JsonNode> published = p.awaitChapters(List.of(id), Duration.ofMinutes(3));
            assertThat(published).as("chapters of the accepted upload").containsKey(id);

            Summary.line("5-api-key", String.format("without key -> %d %s, wrong key -> %d, with key -> %d and published (%d chapters); %d s",
                    missing.status(), missing.text("type"), wrong.status(), ok.status(), published.get(id).path("chapters").size(),
                    Duration.ofNanos(System.nanoTime() - t0).toSeconds()));
        } finally {
            p.ingest.env("PIPELINE_API_KEY", null);
            p.restart(p.ingest, false);
        }
    }
}
