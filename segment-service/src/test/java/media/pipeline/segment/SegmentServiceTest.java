package media.pipeline.segment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.SourceInfo;
import media.pipeline.contracts.Topics;
import media.pipeline.contracts.TranscriptIngested;
import media.pipeline.localstack.KafkaProbe;
import media.pipeline.localstack.LocalStackTestResource;
import media.pipeline.localstack.SharedLocalStack;
import media.pipeline.runtime.admission.InFlightBytes;
import media.pipeline.segment.app.SegmentConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** segment-service on the real broker and database: TranscriptIngested in, SegmentsEnriched out, once. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SegmentServiceTest {
    private static final ObjectMapper JSON = PipelineJson.mapper();
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern CUE = Pattern.compile("^(\\d{2}):(\\d{2})(.*)$");
    private static KafkaProbe kafka;

    @Inject
    InFlightBytes budget;

    @Inject
    SegmentConfig config;

    @ConfigProperty(name = "mp.messaging.incoming.transcripts-in.concurrency")
    int concurrency;

    @BeforeAll
    static void probe() {
        kafka = new KafkaProbe(SharedLocalStack.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void sampleEpisodeBecomesEnrichedChaptersExactlyOnce() throws Exception {
        String episodeId = "it-seg-" + UUID.randomUUID();
        TranscriptIngested event = sample(episodeId);
        String json = JSON.writeValueAsString(event);
        kafka.send(Topics.TRANSCRIPTS_INGESTED, episodeId, json);
        kafka.send(Topics.TRANSCRIPTS_INGESTED, episodeId, json); // redelivery: absorbed

        List<ConsumerRecord<String, String>> out = kafka.await(Topics.SEGMENTS_ENRICHED, r -> episodeId.equals(r.key()), 1, WAIT);
        assertThat(out).hasSize(1);
        SegmentsEnriched enriched = JSON.readValue(out.get(0).value(), SegmentsEnriched.class);
        assertThat(enriched.language()).isEqualTo("fr");
        assertThat(enriched.segments()).hasSizeGreaterThan(1); // chapter quality: ChapterSegmenter tests
        List<String> entities = enriched.segments().stream().flatMap(s -> s.entities().stream()).map(EntityMention::name).toList();
        assertThat(entities).contains("OVHcloud", "Octave Klaba", "AWS", "OpenAI", "Google");

        // a marker behind the duplicate proves the duplicate was consumed, and produced nothing
        String marker = "it-seg-marker-" + UUID.randomUUID();
        kafka.send(Topics.TRANSCRIPTS_INGESTED, marker, JSON.writeValueAsString(small(marker)));
        assertThat(kafka.await(Topics.SEGMENTS_ENRICHED, r -> marker.equals(r.key()), 1, WAIT)).hasSize(1);
        assertThat(kafka.records(Topics.SEGMENTS_ENRICHED).stream().filter(r -> episodeId.equals(r.key()))).hasSize(1);

        given().when().get("/api/episodes/" + episodeId + "/segments")
                .then().statusCode(200).body("episodeId", equalTo(episodeId)).body("segments.size()", equalTo(enriched.segments().size()));
    }

    @Test
    void unusableRecordGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String broken = "it-seg-broken-" + UUID.randomUUID();
        kafka.send(Topics.TRANSCRIPTS_INGESTED, broken, "{\"eventId\":\"x\",\"episodeId\":\"" + broken + "\",\"timesEstimated\":false}");
        String valid = "it-seg-valid-" + UUID.randomUUID();
        kafka.send(Topics.TRANSCRIPTS_INGESTED, valid, JSON.writeValueAsString(small(valid)));
        assertThat(kafka.await(Topics.SEGMENTS_ENRICHED, r -> valid.equals(r.key()), 1, WAIT)).hasSize(1);
        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.deadLetter(Topics.TRANSCRIPTS_INGESTED),
                r -> broken.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("missing required field 'metadata'");
    }

    @Test
    void theInputRunsSeveralConsumersEachWithItsOwnPartitions() {
        assertThat(concurrency).as("the shipped setting").isGreaterThan(1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedLocalStack.get().kafkaBootstrapServers()))) {
            Awaitility.await().atMost(WAIT).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("segment-service")).all().get()
                        .get("segment-service");
                assertThat(group.members()).hasSize(concurrency);
                // the test stack's topics have 3 partitions: each consumer gets its own, none is shared
                assertThat(group.members().stream().map(MemberDescription::assignment)
                        .mapToInt(a -> a.topicPartitions().size()).sum()).isEqualTo(3);
                assertThat(group.members()).allSatisfy(m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
            });
        }
    }

    @Test
    void aRecordWaitsForRoomInTheInFlightBudget() throws Exception {
        String queued = "it-seg-queued-" + UUID.randomUUID();
        int total = (int) (config.inFlightBytes() / 1024);
        try (InFlightBytes.Lease everything = budget.acquire(Long.MAX_VALUE)) {
            kafka.send(Topics.TRANSCRIPTS_INGESTED, queued, JSON.writeValueAsString(small(queued)));
            assertThat(kafka.await(Topics.SEGMENTS_ENRICHED, r -> queued.equals(r.key()), 1, Duration.ofSeconds(4)))
                    .as("nothing is segmented while the budget is full").isEmpty();
        }
        assertThat(kafka.await(Topics.SEGMENTS_ENRICHED, r -> queued.equals(r.key()), 1, WAIT)).hasSize(1);
        Awaitility.await().atMost(WAIT).until(() -> budget.availableKib() == total);
    }

    private static TranscriptIngested small(String episodeId) {
        EpisodeMetadata metadata = new EpisodeMetadata("Cloud Talk", null, LocalDate.of(2025, 1, 2), "Anna", List.of(), List.of(),
                null, "en", 20);
        List<Cue> cues = List.of(new Cue(0, 6, null, "Welcome to the show, today we talk about cloud outages."),
                new Cue(6, 12, null, "Amazon Web Services had a long outage in Virginia this week."),
                new Cue(12, 20, null, "Many websites went down because of a DNS problem."));
        return new TranscriptIngested(UUID.randomUUID().toString(), episodeId, metadata, cues,
                new SourceInfo("plain", "0".repeat(64), 100), List.of(), false, List.of(), Instant.now());
    }

    private static TranscriptIngested sample(String episodeId) throws IOException {
        List<Cue> cues = new ArrayList<>();
        try (InputStream in = SegmentServiceTest.class.getResourceAsStream("/enrich/tech-co-2025-10-21-dailymotion.txt")) {
            assertThat(in).isNotNull();
            List<double[]> times = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = CUE.matcher(line);
                if (m.matches() && !m.group(3).isBlank()) {
                    times.add(new double[] {Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))});
                    texts.add(m.group(3).replace("Commentaires", "").trim());
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                double start = times.get(i)[0];
                double end = i + 1 < texts.size() ? Math.max(start, times.get(i + 1)[0]) : start + 2;
                cues.add(new Cue(start, end, null, texts.get(i)));
            }
        }
        EpisodeMetadata metadata = new EpisodeMetadata("Tech & Co", null, LocalDate.of(2025, 10, 21), "Frédéric Simottel",
                List.of(new Person("Salime Nassur", "fondateur", "Maars"), new Person("Clément David", "président", "Theodo Cloud"),
                        new Person("Frédéric Krebs", "directeur de développement", "Palico")),
                List.of("le \"grand retour\" d'Octave Klaba, le fondateur d'OVHcloud", "le problème de DNS",
                        "OpenAI qui veut détrôner Google"),
                null, "fr", cues.get(cues.size() - 1).end());
        return new TranscriptIngested(UUID.randomUUID().toString(), episodeId, metadata, cues,
                new SourceInfo("page", "1".repeat(64), 40358), List.of(), false, List.of(), Instant.now());
    }
}
