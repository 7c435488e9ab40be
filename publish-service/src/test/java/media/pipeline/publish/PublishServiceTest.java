package media.pipeline.publish;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.Sentence;
import media.pipeline.contracts.Topics;
import media.pipeline.localstack.KafkaProbe;
import media.pipeline.localstack.LocalStackTestResource;
import media.pipeline.localstack.SharedLocalStack;
import media.pipeline.publish.store.StageStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** publish-service on the real broker and database: SegmentsEnriched in, ChaptersPublished out, per revision. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class PublishServiceTest {
    private static final ObjectMapper JSON = PipelineJson.mapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaProbe kafka;

    @Inject
    StageStore stages;

    @BeforeAll
    static void probe() {
        kafka = new KafkaProbe(SharedLocalStack.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void segmentsBecomeOneChapterSetPerRevisionAndDuplicatesAreAbsorbed() throws Exception {
        String id = "it-pub-" + UUID.randomUUID();
        SegmentsEnriched first = event(id);
        String json = JSON.writeValueAsString(first);
        kafka.send(Topics.SEGMENTS_ENRICHED, id, json);
        kafka.send(Topics.SEGMENTS_ENRICHED, id, json); // redelivered: absorbed

        List<ConsumerRecord<String, String>> out = kafka.await(Topics.SUMMARIES_PUBLISHED, r -> id.equals(r.key()), 1, WAIT);
        assertThat(out).hasSize(1);
        ChaptersPublished published = JSON.readValue(out.get(0).value(), ChaptersPublished.class);
        assertThat(published.revision()).isEqualTo(1);
        assertThat(published.chapters()).hasSize(3);
        assertThat(published.chapters()).allSatisfy(c -> assertThat(c.headline()).isNotBlank());
        assertThat(published.chapters().get(1).headline()).contains("AWS");
        assertThat(KafkaProbe.header(out.get(0), "ce_type")).isEqualTo("media.pipeline.ChaptersPublished.v1");
        assertThat(KafkaProbe.header(out.get(0), "ce_id")).isEqualTo(published.eventId());

        // reprocessing the episode (a new SegmentsEnriched) publishes revision 2
        kafka.send(Topics.SEGMENTS_ENRICHED, id, JSON.writeValueAsString(event(id)));
        List<ConsumerRecord<String, String>> both = kafka.await(Topics.SUMMARIES_PUBLISHED, r -> id.equals(r.key()), 2, WAIT);
        assertThat(both).hasSize(2);
        assertThat(JSON.readValue(both.get(1).value(), ChaptersPublished.class).revision()).isEqualTo(2);

        given().when().get("/api/episodes/" + id + "/chapters")
                .then().statusCode(200).body("revision", equalTo(2)).body("chapters.size()", equalTo(3));
        given().queryParam("entity", "aws").when().get("/api/episodes")
                .then().statusCode(200).body("episodeId", hasItem(id));
        given().queryParam("q", "panne").when().get("/api/episodes")
                .then().statusCode(200).body("episodeId", hasItem(id));
        given().when().get("/api/dashboard/episodes")
                .then().statusCode(200).body("find { it.episodeId == '" + id + "' }.stage", equalTo("PUBLISHED"));
    }

    @Test
    void chapterFormats() throws Exception {
        String id = "it-fmt-" + UUID.randomUUID();
        kafka.send(Topics.SEGMENTS_ENRICHED, id, JSON.writeValueAsString(event(id)));
        assertThat(kafka.await(Topics.SUMMARIES_PUBLISHED, r -> id.equals(r.key()), 1, WAIT)).hasSize(1);

        String podcast = given().queryParam("format", "podcast-chapters").when().get("/api/episodes/" + id + "/chapters")
                .then().statusCode(200).extract().asString();
        JsonNode node = JSON.readTree(podcast);
        assertThat(node.get("version").asText()).isNotBlank();
        assertThat(node.get("chapters")).hasSize(3);
        assertThat(node.get("chapters").get(0).get("startTime").asDouble()).isZero();

        String vtt = given().queryParam("format", "webvtt").when().get("/api/episodes/" + id + "/chapters")
                .then().statusCode(200).contentType(startsWith("text/vtt")).extract().asString();
        assertThat(vtt).startsWith("WEBVTT").contains("00:00:00.000 --> ");

        String youtube = given().queryParam("format", "youtube").when().get("/api/episodes/" + id + "/chapters")
                .then().statusCode(200).extract().asString();
        assertThat(youtube.lines().findFirst().orElseThrow()).startsWith("0:00 ");

        given().queryParam("format", "pdf").when().get("/api/episodes/" + id + "/chapters")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().when().get("/api/episodes/nope/chapters").then().statusCode(404);
    }

    @Test
    void unusableRecordIsDeadLetteredAndShownAsFailed() {
        String id = "it-pub-broken-" + UUID.randomUUID();
        kafka.send(Topics.SEGMENTS_ENRICHED, id, "{\"episodeId\":\"" + id + "\"}");
        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.deadLetter(Topics.SEGMENTS_ENRICHED), r -> id.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("SegmentsEnriched");
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().when().get("/api/dashboard/episodes").then().statusCode(200)
                        .body("find { it.episodeId == '" + id + "' }.stage", equalTo("FAILED")));
        given().when().get("/api/dashboard/episodes/" + id).then().statusCode(200)
                .body("stage", equalTo("FAILED")).body("failureReason", org.hamcrest.Matchers.containsString("SegmentsEnriched"));
        given().when().get("/api/dashboard/dead-letters").then().statusCode(200)
                .body("find { it.episodeId == '" + id + "' }.topic", equalTo("segments.enriched.v1.dlq"));
        given().when().get("/api/dashboard/episodes/never-seen").then().statusCode(404);
    }

    @Test
    void deadLetterDeliveredTwiceIsRecordedOnce() {
        String id = "it-pub-dlq-twice-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        assertThat(stages.failed("segments.enriched.v1.dlq", 4, 1234L, id, "first delivery", at)).isTrue();
        assertThat(stages.failed("segments.enriched.v1.dlq", 4, 1234L, id, "redelivered", at)).isFalse();
        assertThat(stages.failed("segments.enriched.v1.dlq", 4, 1235L, id, "another record", at)).isTrue();

        List<String> reasons = given().queryParam("limit", 500).when().get("/api/dashboard/dead-letters").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.episodeId == '" + id + "' }.reason", String.class);
        assertThat(reasons).containsExactlyInAnyOrder("first delivery", "another record");
    }

    static SegmentsEnriched event(String episodeId) {
        EpisodeMetadata metadata = new EpisodeMetadata("Tech & Co", "Le débrief", LocalDate.of(2025, 10, 21), "Frédéric Simottel",
                List.of(new Person("Clément David", "président", "Theodo Cloud")), List.of("la panne AWS"), null, "fr", 600);
        Segment intro = new Segment(0, 0, 60, "INTRO", List.of(
                new Sentence(0, 5, null, "Bonsoir à tous, bienvenue dans Tech & Co."),
                new Sentence(5, 30, null, "Ce soir on parle de la panne d'Amazon Web Services et du navigateur d'OpenAI.")),
                List.of("panne", "navigateur"), List.of(entity("AWS", EntityType.ORGANIZATION, 1), entity("OpenAI", EntityType.ORGANIZATION, 1)),
                List.of(), "fr");
        Segment aws = new Segment(1, 60, 330, "TOPIC", List.of(
                new Sentence(60, 90, null, "La panne AWS a touché des milliers de sites pendant plusieurs heures."),
                new Sentence(90, 120, null, "Le problème venait du DNS dans la région de Virginie."),
                new Sentence(120, 150, null, "Les entreprises doivent prévoir une redondance entre plusieurs régions."),
                new Sentence(150, 180, null, "Euh voilà, c'est ça.")),
                List.of("panne", "DNS", "région", "redondance"), List.of(entity("AWS", EntityType.ORGANIZATION, 3)), List.of(), "fr");
        Segment openai = new Segment(2, 330, 600, "TOPIC", List.of(
                new Sentence(330, 360, null, "OpenAI lance son navigateur ChatGPT Atlas pour concurrencer Google Chrome."),
                new Sentence(360, 400, null, "Le navigateur intègre l'assistant directement dans la barre d'adresse."),
                new Sentence(400, 430, null, "Google garde une position dominante avec Chrome.")),
                List.of("navigateur", "Chrome", "assistant"),
                List.of(entity("OpenAI", EntityType.ORGANIZATION, 1), entity("Google", EntityType.ORGANIZATION, 2),
                        entity("ChatGPT Atlas", EntityType.PRODUCT, 1)), List.of(), "fr");
        return new SegmentsEnriched(UUID.randomUUID().toString(), episodeId, "fr", metadata, List.of(intro, aws, openai), Instant.now());
    }

    private static EntityMention entity(String name, EntityType type, int mentions) {
        return new EntityMention(name, type, mentions, List.of(name));
    }
}
