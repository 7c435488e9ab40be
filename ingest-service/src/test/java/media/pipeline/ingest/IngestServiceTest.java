package media.pipeline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeAnnounced;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.contracts.Topics;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.localstack.KafkaProbe;
import media.pipeline.localstack.LocalStackTestResource;
import media.pipeline.localstack.SharedLocalStack;
import media.pipeline.runtime.admission.InFlightBytes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ingest-service on the real broker and database: Kafka and REST in, TranscriptIngested out, bad input to the DLQ. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class IngestServiceTest {
    private static final ObjectMapper JSON = PipelineJson.mapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaProbe kafka;

    @Inject
    InFlightBytes admission;
    @Inject
    DataSource dataSource;

    @BeforeAll
    static void probe() {
        kafka = new KafkaProbe(SharedLocalStack.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void kafkaAndRestEpisodesEmitExactlyOneEventEachAndDuplicatesNone() throws Exception {
        String sample = resource("samples/tech-co-2025-10-21-dailymotion.txt");
        String kafkaId = "it-kafka-" + UUID.randomUUID();
        EpisodeAnnounced announced = new EpisodeAnnounced(kafkaId, null, null, null, null, null, "auto", sample);
        kafka.send(Topics.EPISODES_NEW, kafkaId, JSON.writeValueAsString(announced));

        String restId = "it-rest-" + UUID.randomUUID();
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna>Hello and welcome to the show.\n\n"
                + "00:00:04.500 --> 00:00:09.000\n<v Ben>Today we talk about cloud outages.\n";
        given().contentType("text/vtt").queryParam("episodeId", restId).queryParam("show", "Cloud Talk").body(vtt)
                .when().post("/api/episodes")
                .then().statusCode(202).body("episodeId", equalTo(restId)).body("status", equalTo("INGESTED"));

        List<ConsumerRecord<String, String>> fromKafka = kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> kafkaId.equals(r.key()), 1, WAIT);
        List<ConsumerRecord<String, String>> fromRest = kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> restId.equals(r.key()), 1, WAIT);
        assertThat(fromKafka).as("dead letters: %s", deadLetterReasons()).hasSize(1);
        assertThat(fromRest).hasSize(1);

        TranscriptIngested event = JSON.readValue(fromKafka.get(0).value(), TranscriptIngested.class);
        assertThat(event.cues()).hasSize(1433);
        assertThat(event.metadata().host()).isEqualTo("Frédéric Simottel");
        assertThat(event.source().format()).isEqualTo("page");
        assertThat(KafkaProbe.header(fromKafka.get(0), "ce_type")).isEqualTo("media.pipeline.TranscriptIngested.v1");
        assertThat(KafkaProbe.header(fromKafka.get(0), "ce_id")).isEqualTo(event.eventId());
        assertThat(storedCues(kafkaId)).as("the cues stored with the episode").isEqualTo(event.cues());
        assertThat(outboxPayloadCompression(kafkaId)).as("the outbox stores payloads uncompressed (R__ migration)")
                .isEqualTo("none");

        // the same episode again, by Kafka and by REST (same id; same content): nothing new is emitted
        kafka.send(Topics.EPISODES_NEW, kafkaId, JSON.writeValueAsString(announced));
        given().contentType("text/vtt").queryParam("show", "Cloud Talk").body(vtt)
                .when().post("/api/episodes")
                .then().statusCode(200).body("status", equalTo("DUPLICATE")).body("episodeId", equalTo(restId));
        String marker = "it-marker-" + UUID.randomUUID();
        kafka.send(Topics.EPISODES_NEW, marker, JSON.writeValueAsString(
                new EpisodeAnnounced(marker, null, null, null, "en", null, "plain", "A marker episode behind the duplicate.")));
        assertThat(kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> marker.equals(r.key()), 1, WAIT)).hasSize(1);
        assertThat(kafka.records(Topics.TRANSCRIPTS_INGESTED).stream().filter(r -> kafkaId.equals(r.key()))).hasSize(1);
        assertThat(kafka.records(Topics.TRANSCRIPTS_INGESTED).stream().filter(r -> restId.equals(r.key()))).hasSize(1);

        given().when().get("/api/episodes/" + kafkaId)
                .then().statusCode(200)
                .body("cues", equalTo(1433))
                .body("metadata.host", equalTo("Frédéric Simottel"))
                .body("status", equalTo("INGESTED"));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicWithTheirReasonAndValidOnesBehindAreProcessed() throws Exception {
        String broken = "it-broken-" + UUID.randomUUID();
        String empty = "it-empty-" + UUID.randomUUID();
        String valid = "it-valid-" + UUID.randomUUID();
        kafka.send(Topics.EPISODES_NEW, broken, "{not json");
        kafka.send(Topics.EPISODES_NEW, empty, JSON.writeValueAsString(
                new EpisodeAnnounced(empty, null, null, null, null, null, "auto", "   ")));
        kafka.send(Topics.EPISODES_NEW, valid, JSON.writeValueAsString(new EpisodeAnnounced(valid, "Show", null, null, null, null, "srt",
                "1\n00:00:01,000 --> 00:00:03,000\nBonjour à tous.\n\n2\n00:00:03,500 --> 00:00:06,000\nOn parle du cloud ce soir.\n")));

        assertThat(kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> valid.equals(r.key()), 1, WAIT)).hasSize(1);
        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.deadLetter(Topics.EPISODES_NEW),
                r -> broken.equals(r.key()) || empty.equals(r.key()), 2, WAIT);
        assertThat(dead).hasSize(2);
        Map<String, String> reasons = new java.util.HashMap<>();
        dead.forEach(r -> reasons.put(r.key(), KafkaProbe.header(r, "dead-letter-reason")));
        assertThat(reasons.get(broken)).contains("EpisodeAnnounced");
        assertThat(reasons.get(empty)).containsIgnoringCase("empty");
        assertThat(dead.stream().filter(r -> broken.equals(r.key())).findFirst().orElseThrow().value()).isEqualTo("{not json");
    }

    @Test
    void restRejectsBadInputWithProblemDetails() {
        given().contentType("text/plain").body("").when().post("/api/episodes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:problem:empty"));
        given().contentType("text/plain").queryParam("format", "docx").body("hello").when().post("/api/episodes")
                .then().statusCode(400).body("type", equalTo("urn:problem:unknown-format"));
        given().contentType("application/octet-stream").body(new byte[] {0, 1, 2, 3, 0, 0, 5, 6}).when().post("/api/episodes")
                .then().statusCode(415).body("type", equalTo("urn:problem:binary"));
        given().contentType("application/json").body("{\"show\":\"x\"}").when().post("/api/episodes")
                .then().statusCode(400).body("detail", equalTo("EpisodeAnnounced: missing required field 'transcript'"));
        given().when().get("/api/episodes/nope").then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void statusFollowsDownstreamStagesAndDeadLetters() {
        String ok = "it-status-" + UUID.randomUUID();
        String bad = "it-status-bad-" + UUID.randomUUID();
        for (String id : List.of(ok, bad)) {
            given().contentType("text/plain").queryParam("episodeId", id).queryParam("language", "en")
                    .body("Good evening. Tonight we talk about the cloud and about browsers, episode " + id + ".")
                    .when().post("/api/episodes").then().statusCode(202);
        }
        kafka.send(Topics.SEGMENTS_ENRICHED, ok, "{}");
        kafka.send(Topics.SUMMARIES_PUBLISHED, ok, "{}");
        kafka.send(Topics.deadLetter(Topics.TRANSCRIPTS_INGESTED), bad, "{}", Map.of("dead-letter-reason", "no chapters"));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            given().when().get("/api/episodes/" + ok).then().statusCode(200).body("status", equalTo("PUBLISHED"));
            given().when().get("/api/episodes/" + bad).then().statusCode(200)
                    .body("status", equalTo("FAILED")).body("failureReason", equalTo("no chapters"));
        });
        // a late SEGMENTED does not move a published episode back
        kafka.send(Topics.SEGMENTS_ENRICHED, ok, "{}");
        String marker = "it-status-marker-" + UUID.randomUUID();
        kafka.send(Topics.SUMMARIES_PUBLISHED, marker, "{}");
        given().when().get("/api/episodes/" + ok).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void healthCoversKafkaAndDatabaseAndMetricsAreExported() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pipeline_outbox_pending"));
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aTranscriptWhoseEventKafkaCannotCarryIsRefusedAndHoldsNothingBack() {
        // under ingest.max-bytes (5 MiB), but ~180,000 one-second cues make a TranscriptIngested of ~13 MB, over the
        // 10 MiB the transcripts-out producer sends: it used to be stored, then retried by the outbox for ever, in
        // front of every later episode
        StringBuilder page = new StringBuilder("Long Show\n- il y a 1 jour\nUn direct de deux jours.\nCatégorie\n");
        for (int t = 0; page.length() < 5_000_000; t++) {
            page.append(t / 3600).append(':').append(String.format("%02d:%02d", t / 60 % 60, t % 60)).append("et puis ça nous dit\n");
        }
        String id = "it-huge-" + UUID.randomUUID();
        given().contentType("text/plain").queryParam("episodeId", id).queryParam("format", "page")
                .body(page.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/episodes")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:problem:too-large"))
                .body("detail", org.hamcrest.Matchers.containsString("send the transcript in parts"));
        given().when().get("/api/episodes/" + id).then().statusCode(404);

        String after = "it-after-huge-" + UUID.randomUUID();
        given().contentType("text/plain").queryParam("episodeId", after).queryParam("language", "en")
                .body("An ordinary episode sent after the refused one.").when().post("/api/episodes")
                .then().statusCode(202);
        assertThat(kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> after.equals(r.key()), 1, WAIT)).hasSize(1);
        assertThat(kafka.records(Topics.TRANSCRIPTS_INGESTED).stream().filter(r -> id.equals(r.key()))).isEmpty();
    }

    @Test
    void whenTheInFlightBudgetIsFullUploadsAreAskedToRetryAndKafkaRecordsWaitTheirTurn() throws Exception {
        String queued = "it-queued-" + UUID.randomUUID();
        try (InFlightBytes.Lease everything = admission.acquire(Long.MAX_VALUE)) {
            assertThat(admission.availableKib()).isZero();
            given().contentType("text/plain").queryParam("show", "Busy Show").body("Hello. This upload finds no room.")
                    .when().post("/api/episodes")
                    .then().statusCode(503).contentType(startsWith("application/problem+json"))
                    .header("Retry-After", equalTo("2"))
                    .body("type", equalTo("urn:problem:busy"));
            kafka.send(Topics.EPISODES_NEW, queued, JSON.writeValueAsString(
                    new EpisodeAnnounced(queued, null, null, null, "en", null, "plain", "A record that has to wait for room.")));
            assertThat(kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> queued.equals(r.key()), 1, Duration.ofSeconds(4)))
                    .as("nothing is ingested while the budget is full").isEmpty();
        }
        assertThat(kafka.await(Topics.TRANSCRIPTS_INGESTED, r -> queued.equals(r.key()), 1, WAIT))
                .as("dead letters: %s", deadLetterReasons()).hasSize(1);
        assertThat(deadLetterReasons()).noneMatch(reason -> reason.startsWith(queued));
        assertThat(admission.availableKib()).as("every lease was given back").isEqualTo(12 * 1024);
    }

    @Test
    void aLegacyEncodingIsReadWhenTheUploadDeclaresIt() {
        byte[] latin1 = "00:01Café crème à l'été.\n00:04Très bien, déjà vu.\n".getBytes(StandardCharsets.ISO_8859_1);
        // REST Assured labels text ISO-8859-1 unless told not to: this request declares no charset at all
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain").body(latin1).when().post("/api/transcripts/parse")
                .then().statusCode(415).body("type", equalTo("urn:problem:invalid-utf8"));
        given().contentType("text/plain; charset=ISO-8859-1").body(latin1).when().post("/api/transcripts/parse")
                .then().statusCode(200).body("cues[0].text", equalTo("Café crème à l'été."));
        given().contentType("text/plain; charset=klingon").body(latin1).when().post("/api/episodes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("unsupported charset 'klingon' in Content-Type; send UTF-8"));
    }

    @Test
    void anUploadLargerThanTheRequestLimitGetsAProblemBeforeItsBodyIsRead() {
        byte[] nineMiB = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(nineMiB, (byte) 'a');
        given().contentType("text/plain").body(nineMiB).when().post("/api/episodes")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:problem:too-large"))
                .body("detail", startsWith("the request has 9,437,184 bytes; the limit is 8,388,608"));
    }

    @Test
    void parseDryRunStoresNothing() {
        String id = "it-dry-" + UUID.randomUUID();
        given().contentType("application/x-subrip").queryParam("episodeId", id)
                .body("1\n00:00:01,000 --> 00:00:02,000\nHello there.\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/transcripts/parse")
                .then().statusCode(200).body("format", equalTo("SRT")).body("cues.size()", equalTo(1));
        given().when().get("/api/episodes/" + id).then().statusCode(404);
    }

    private static List<String> deadLetterReasons() {
        return kafka.records(Topics.deadLetter(Topics.EPISODES_NEW)).stream()
                .map(r -> r.key() + ": " + KafkaProbe.header(r, "dead-letter-reason")).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IngestServiceTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Cue> storedCues(String episodeId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select cues from episode_cues where episode_id = ?")) {
            ps.setString(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("cues of %s", episodeId).isTrue();
                return JSON.readValue(rs.getString(1), new TypeReference<List<Cue>>() { });
            }
        }
    }

    /** How PostgreSQL stored the episode's outbox payload: "none" when it is not compressed. */
    private String outboxPayloadCompression(String episodeId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select coalesce(pg_column_compression(payload), 'none'), length(payload) from outbox where record_key = ?")) {
            ps.setString(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("outbox row of %s", episodeId).isTrue();
                assertThat(rs.getInt(2)).as("large enough that PostgreSQL would compress it by default").isGreaterThan(100_000);
                return rs.getString(1);
            }
        }
    }
}
