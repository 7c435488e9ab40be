package media.pipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import media.pipeline.contracts.Topics;
import media.pipeline.localstack.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: a corpus of bad and odd inputs over REST and Kafka. Each gets its specific error
 * (problem+json type and status, or a dead letter with its reason) or is processed to published
 * chapters; valid episodes sent in between all publish; no service restarts.
 */
@Order(2)
class BadInputSystemTest {
    private static final String DLQ = Topics.deadLetter(Topics.EPISODES_NEW);

    private final Pipeline p = Pipeline.get();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    /** Episodes that must end published, with an optional extra check of their chapter set. */
    private final Map<String, Consumer<JsonNode>> mustPublish = new LinkedHashMap<>();
    /** Kafka keys that must end on the dead-letter topic, with the text their reason must contain. */
    private final Map<String, String> mustDeadLetter = new LinkedHashMap<>();
    private final List<String> outcomes = new ArrayList<>();
    private final SoftAssertions soft = new SoftAssertions();
    private int restCases;
    private int kafkaCases;
    private int validInBetween;

    @Test
    void badInputGetsItsSpecificErrorOrIsProcessedAndNothingRestarts() throws Exception {
        long t0 = System.nanoTime();
        Map<String, Long> pids = new LinkedHashMap<>();
        p.services().forEach(s -> pids.put(s.name(), s.pid()));

        // ---------------------------------------------------------------- REST: rejected with problem+json
        rejected("empty body", "text/plain", new byte[0], Map.of(), 400, "urn:problem:empty");
        rejected("whitespace only", "text/plain", " \n\t \r\n   ".getBytes(StandardCharsets.UTF_8), Map.of(), 400, "urn:problem:empty");
        rejected("binary (PNG header, NUL bytes)", "application/octet-stream",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'}, Map.of(), 415, "urn:problem:binary");
        rejected("control characters without NUL", "text/plain", controlHeavy(), Map.of(), 415, "urn:problem:binary");
        rejected("huge (5.5 MB)", "text/plain", huge(5_500_000), Map.of(), 413, "urn:problem:too-large");
        rejected("Latin-1 text (heavy invalid UTF-8)", "text/plain", latin1(), Map.of(), 415, "urn:problem:invalid-utf8");
        rejected("unknown explicit format", "text/plain", Fixtures.bytes("city-council-report.txt"), Map.of("format", "docx"),
                400, "urn:problem:unknown-format");
        rejected("WebVTT header without cues", "text/vtt", "WEBVTT\n\nNOTE nothing here\n".getBytes(StandardCharsets.UTF_8),
                Map.of("format", "webvtt"), 422, "urn:problem:no-cues");
        rejected("JSON: transcript is an object (wrong schema)", "application/json",
                json("{\"episodeId\":\"bad-schema-" + run + "\",\"transcript\":{\"text\":\"hello\"}}"), Map.of(), 400, "urn:problem:invalid-event");
        rejected("JSON: array instead of object", "application/json", json("[{\"transcript\":\"hello\"}]"), Map.of(), 400, "urn:problem:invalid-event");
        rejected("JSON: malformed", "application/json", json("{\"transcript\": \"Hello wor"), Map.of(), 400, "urn:problem:invalid-event");
        rejected("JSON: null", "application/json", json("null"), Map.of(), 400, "urn:problem:invalid-event");
        Http.Response missing = rejected("JSON: missing transcript", "application/json", json("{\"show\":\"No Transcript Show\"}"), Map.of(),
                400, "urn:problem:invalid-event");
        soft.assertThat(missing.text("detail")).as("missing transcript detail").contains("transcript");
        rejected("JSON: airDate not a date", "application/json",
                json("{\"transcript\":\"Hello there, this is a test.\",\"airDate\":\"yesterday\"}"), Map.of(), 400, "urn:problem:invalid-event");
        rejected("episodeId with illegal characters", "text/plain", Fixtures.bytes("city-council-report.txt"),
                Map.of("episodeId", "../../etc/passwd"), 400, "urn:problem:invalid-request");
        rejected("episodeId with SQL", "text/plain", Fixtures.bytes("city-council-report.txt"),
                Map.of("episodeId", "x'; drop table episode; --"), 400, "urn:problem:invalid-request");
        rejected("episodeId of 201 characters", "text/plain", Fixtures.bytes("city-council-report.txt"),
                Map.of("episodeId", "a".repeat(201)), 400, "urn:problem:invalid-request");
        rejected("airDate query not ISO", "text/plain", Fixtures.bytes("city-council-report.txt"),
                Map.of("airDate", "21/10/2025"), 400, "urn:problem:invalid-request");
        rejected("unsupported content type", "application/xml", json("<transcript>hello</transcript>"), Map.of(), 415, null);

        validInBetween("rest", 0);

        // ---------------------------------------------------------------- REST: odd but valid, processed
        String light = "light-utf8-" + run;
        byte[] council = Fixtures.bytes("city-council-report.txt");
        byte[] stray = new byte[council.length + 1];
        System.arraycopy(council, 0, stray, 0, 200);
        stray[200] = (byte) 0xE9; // one Latin-1 'é' in UTF-8 text: replaced and reported, not rejected
        System.arraycopy(council, 200, stray, 201, council.length - 200);
        accepted("one stray invalid UTF-8 byte", light, "text/plain", stray, Map.of());
        String future = "future-schema-" + run;
        accepted("future schema version with extra fields", future, "application/json", json(futureSchema(future)), Map.of());
        String sql = "sql-text-" + run;
        String sqlShow = "Robert'); DROP TABLE episode;--";
        accepted("SQL-injection-like text and show", sql, "text/plain", (
                "Tonight's guest typed '; drop table episode; -- into the search box of the city website. "
                        + "SELECT * FROM users WHERE name = '' OR '1'='1'; the site answered with an error page. "
                        + "The council says no data was lost and the form has been fixed. "
                        + "Experts recommend prepared statements, input validation and regular security audits. "
                        + "The same attack was tried against the library catalogue, also without success.").getBytes(StandardCharsets.UTF_8),
                Map.of("show", sqlShow));
        String html = "html-script-" + run;
        accepted("HTML and script text", html, "text/plain", (
                "<html><body><h1>Breaking news</h1><script>alert('xss');document.location='http://evil.example'</script>"
                        + "<p>The parliament voted the budget late on Thursday night after a long debate.</p>"
                        + "<p onmouseover=\"steal()\">The opposition announced an appeal to the constitutional court.</p>"
                        + "<img src=x onerror=alert(1)> The finance minister welcomed the vote and thanked the majority."
                        + "</body></html>").getBytes(StandardCharsets.UTF_8), Map.of());
        String backwards = "backwards-" + run;
        accepted("timestamps going backwards", backwards, "application/x-subrip", backwardsSrt().getBytes(StandardCharsets.UTF_8), Map.of());
        String oneWord = "one-word-cues-" + run;
        accepted("10,000 one-word cues", oneWord, "application/x-subrip", oneWordCues(10_000).getBytes(StandardCharsets.UTF_8), Map.of());
        String threeHours = "three-hours-" + run;
        accepted("3-hour transcript", threeHours, "text/vtt", threeHourVtt().getBytes(StandardCharsets.UTF_8), Map.of());
        String noPunct = "no-punctuation-" + run;
        accepted("no punctuation at all", noPunct, "text/plain", noPunctuation().getBytes(StandardCharsets.UTF_8), Map.of());
        String rtl = "emoji-rtl-" + run;
        accepted("emoji and right-to-left text", rtl, "text/vtt", emojiRtl().getBytes(StandardCharsets.UTF_8), Map.of("language", "ar"));
        String bom = "bom-crlf-" + run;
        accepted("UTF-8 BOM and CRLF line ends", bom, "text/vtt",
                ("\uFEFF" + Fixtures.text("cloud-weekly-2025-11-04.vtt").replace("\n", "\r\n").replace("Maya Chen", "Maya Chen-Li"))
                        .getBytes(StandardCharsets.UTF_8), Map.of());

        // duplicate resend: same id, and same content + show without an id
        Http.Response dupById = p.postTranscript("text/plain", stray, Map.of("episodeId", light));
        soft.assertThat(dupById.status()).as("duplicate resend by id: %s", dupById).isEqualTo(200);
        soft.assertThat(dupById.text("status")).as("duplicate resend by id").isEqualTo("DUPLICATE");
        soft.assertThat(dupById.text("episodeId")).as("duplicate resend by id").isEqualTo(light);
        Http.Response dupByContent = p.postTranscript("text/plain", stray, Map.of());
        soft.assertThat(dupByContent.status()).as("duplicate resend by content: %s", dupByContent).isEqualTo(200);
        soft.assertThat(dupByContent.text("episodeId")).as("duplicate resend by content").isEqualTo(light);
        restCases += 2;
        outcomes.add("duplicate resend (by id, by content) -> 200 DUPLICATE");

        validInBetween("rest", 1);

        // ---------------------------------------------------------------- Kafka: dead letters
        deadLetter("kafka malformed JSON", "k-malformed-" + run, "{\"episodeId\": \"k-malformed", "EpisodeAnnounced");
        deadLetter("kafka whitespace transcript", "k-empty-" + run, announced("k-empty-" + run, "auto", "   \n  "), "EMPTY:");
        deadLetter("kafka NUL bytes in transcript", "k-binary-" + run, announced("k-binary-" + run, "auto", "abc\u0000\u0000def"), "BINARY:");
        deadLetter("kafka unknown format", "k-format-" + run, announced("k-format-" + run, "docx", "Hello, this is a transcript."),
                "UNKNOWN_FORMAT:");
        deadLetter("kafka missing transcript", "k-missing-" + run, "{\"episodeId\":\"k-missing-" + run + "\",\"show\":\"X\"}", "transcript");
        deadLetter("kafka WebVTT without cues", "k-nocues-" + run, announced("k-nocues-" + run, "webvtt", "WEBVTT\n\n"), "NO_CUES:");
        deadLetter("kafka 6 MB transcript", "k-huge-" + run, announced("k-huge-" + run, "plain",
                new String(huge(6_000_000), StandardCharsets.UTF_8)), "TOO_LARGE:");
        deadLetter("kafka illegal episodeId", "k-badid-" + run, announced("bad id with spaces/" + run, "auto",
                "A perfectly fine transcript with a bad identifier."), "episodeId");
        deadLetter("kafka wrong schema (transcript is a number array)", "k-schema-" + run,
                "{\"episodeId\":\"k-schema-" + run + "\",\"transcript\":[1,2,3]}", "EpisodeAnnounced");
        deadLetter("kafka tombstone (null value)", "k-null-" + run, null, "empty");

        validInBetween("kafka", 2);

        // ---------------------------------------------------------------- Kafka: odd but valid
        String kFuture = "k-future-" + run;
        p.kafka.send(Topics.EPISODES_NEW, kFuture, futureSchema(kFuture));
        p.kafka.send(Topics.EPISODES_NEW, kFuture, futureSchema(kFuture)); // redelivered / resent: absorbed
        mustPublish.put(kFuture, c -> { });
        kafkaCases += 2;
        outcomes.add("kafka future schema + resend -> published once");

        validInBetween("kafka", 3);

        // ---------------------------------------------------------------- outcomes
        Map<String, JsonNode> published = p.awaitChapters(mustPublish.keySet(), Duration.ofMinutes(6));
        soft.assertThat(published.keySet()).as("episodes that must be published").containsExactlyInAnyOrderElementsOf(mustPublish.keySet());
        published.forEach((id, set) -> {
            soft.assertThat(set.path("revision").asInt()).as("%s revision", id).isEqualTo(1);
            soft.assertThat(set.path("chapters").size()).as("%s chapters", id).isGreaterThanOrEqualTo(1);
            set.path("chapters").forEach(c -> soft.assertThat(c.path("headline").asText("")).as("%s headline", id).isNotBlank());
            mustPublish.get(id).accept(set);
        });

        List<ConsumerRecord<String, String>> dead = p.kafka.await(DLQ, r -> mustDeadLetter.containsKey(r.key()),
                mustDeadLetter.size(), Duration.ofMinutes(2));
        Map<String, String> reasons = new LinkedHashMap<>();
        dead.forEach(r -> reasons.put(r.key(), KafkaProbe.header(r, "dead-letter-reason")));
        mustDeadLetter.forEach((key, reason) -> soft.assertThat(reasons.get(key)).as("dead-letter reason of %s", key)
                .isNotNull().contains(reason));

        // the odd-but-valid episodes: specific checks on what ingest kept
        JsonNode lightView = p.episode(light);
        soft.assertThat(lightView.path("warnings").toString()).as("warnings of %s", light).contains("invalid UTF-8 replaced at 1 places");
        soft.assertThat(p.episode(sql).path("metadata").path("show").asText()).as("show of %s", sql).isEqualTo(sqlShow);
        soft.assertThat(p.episode(backwards).path("warnings").toString()).as("warnings of %s", backwards).contains("backwards");
        soft.assertThat(p.episode(oneWord).path("cues").asInt()).as("cues of %s", oneWord).isEqualTo(10_000);
        soft.assertThat(published.containsKey(threeHours) ? published.get(threeHours).path("durationSeconds").asDouble() : 0)
                .as("duration of %s", threeHours).isGreaterThanOrEqualTo(3 * 3600 - 60);
        soft.assertThat(published.containsKey(threeHours) ? published.get(threeHours).path("chapters").size() : 0)
                .as("chapters of the 3-hour episode").isGreaterThanOrEqualTo(6);
        long kFutureIngested = p.kafka.records(Topics.TRANSCRIPTS_INGESTED).stream().filter(r -> kFuture.equals(r.key())).count();
        soft.assertThat(kFutureIngested).as("TranscriptIngested records for the resent %s", kFuture).isEqualTo(1);
        // nothing valid fell into a downstream dead-letter topic
        soft.assertThat(p.kafka.records(Topics.deadLetter(Topics.TRANSCRIPTS_INGESTED))).as("transcripts.ingested.v1.dlq").isEmpty();
        soft.assertThat(p.kafka.records(Topics.deadLetter(Topics.SEGMENTS_ENRICHED))).as("segments.enriched.v1.dlq").isEmpty();

        // no service restarted: same pids, alive and ready
        for (ServiceProcess s : p.services()) {
            soft.assertThat(s.pid()).as("%s pid", s.name()).isEqualTo(pids.get(s.name()));
            soft.assertThat(s.isAlive()).as("%s alive", s.name()).isTrue();
            soft.assertThat(s.ready()).as("%s ready", s.name()).isTrue();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        Summary.line("2-bad-input", String.format("%d cases (%d REST, %d Kafka) + %d valid in between; %d/%d published, %d/%d dead-lettered "
                        + "with their reason, 0 restarts; %d s; 3-hour episode %s chapters",
                restCases + kafkaCases, restCases, kafkaCases, validInBetween, published.size(), mustPublish.size(), reasons.size(),
                mustDeadLetter.size(), seconds,
                published.containsKey(threeHours) ? published.get(threeHours).path("chapters").size() : "no"));
        outcomes.forEach(o -> System.out.println("  " + o));
        soft.assertAll();
    }

    // ------------------------------------------------------------------ helpers

    private Http.Response rejected(String name, String contentType, byte[] body, Map<String, String> query, int status, String type) {
        Http.Response r = p.postTranscript(contentType, body, query);
        restCases++;
        soft.assertThat(r.status()).as("%s: %s", name, r).isEqualTo(status);
        soft.assertThat(r.contentType()).as("%s content type", name).startsWith("application/problem+json");
        if (type != null && r.contentType().startsWith("application/problem+json")) {
            soft.assertThat(r.text("type")).as("%s problem type", name).isEqualTo(type);
            soft.assertThat(r.json().path("status").asInt()).as("%s problem status", name).isEqualTo(status);
        }
        outcomes.add(name + " -> " + r.status() + " " + (r.contentType().startsWith("application/problem+json") ? r.text("type") : r.contentType()));
        return r;
    }

    private void accepted(String name, String episodeId, String contentType, byte[] body, Map<String, String> query) {
        Map<String, String> q = new LinkedHashMap<>(query);
        if (!contentType.equals("application/json")) {
            q.put("episodeId", episodeId);
        }
        Http.Response r = p.postTranscript(contentType, body, q);
        restCases++;
        soft.assertThat(r.status()).as("%s: %s", name, r).isEqualTo(202);
        if (r.status() == 202) {
            soft.assertThat(r.text("episodeId")).as(name).isEqualTo(episodeId);
        }
        mustPublish.put(episodeId, c -> { });
        outcomes.add(name + " -> " + r.status() + " then published");
    }

    private void deadLetter(String name, String key, String value, String reason) {
        p.kafka.send(Topics.EPISODES_NEW, key, value);
        kafkaCases++;
        mustDeadLetter.put(key, reason);
        outcomes.add(name + " -> " + DLQ + " (" + reason + ")");
    }

    /** Two valid generated episodes, over REST or Kafka, between the bad ones. */
    private void validInBetween(String via, int batch) {
        for (int i = 0; i < 2; i++) {
            int n = 9000 + batch * 10 + i;
            String id = "valid-" + via + "-" + n + "-" + run;
            String format = Fixtures.FORMATS[(batch * 2 + i) % Fixtures.FORMATS.length];
            String[] generated = Fixtures.generated(n, format);
            if (via.equals("rest")) {
                Http.Response r = p.postTranscript(generated[0], generated[1].getBytes(StandardCharsets.UTF_8), Map.of("episodeId", id));
                soft.assertThat(r.status()).as("valid %s: %s", id, r).isEqualTo(202);
            } else {
                p.kafka.send(Topics.EPISODES_NEW, id, announced(id, format, generated[1]));
            }
            mustPublish.put(id, c -> { });
            validInBetween++;
        }
    }

    private static String announced(String id, String format, String transcript) {
        ObjectNode node = Http.JSON.createObjectNode();
        node.put("episodeId", id);
        node.put("format", format);
        node.put("transcript", transcript);
        return node.toString();
    }

    private static String futureSchema(String id) {
        ObjectNode node = Http.JSON.createObjectNode();
        node.put("schemaVersion", 2);
        node.put("episodeId", id);
        node.put("show", "Future Show");
        node.put("airDate", "2031-01-15");
        node.put("format", "srt");
        node.put("transcript", Fixtures.srt(Fixtures.STORIES.get(id.length() % 8)) + "\n");
        node.putObject("producer").put("name", "broadcast-automation").put("version", "9.1.0");
        node.putArray("rights").addObject().put("territory", "EU").put("until", "2032-01-01");
        node.put("loudnessLufs", -23.0);
        return node.toString();
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] controlHeavy() {
        byte[] text = "Some text with terminal escapes everywhere. ".repeat(20).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[text.length * 2];
        for (int i = 0; i < text.length; i++) {
            out[2 * i] = text[i];
            out[2 * i + 1] = (byte) (i % 3 == 0 ? 0x1b : 0x07);
        }
        return out;
    }

    private static byte[] huge(int bytes) {
        String line = "This line repeats until the transcript is far larger than anything a broadcast produces. ";
        StringBuilder b = new StringBuilder(bytes + line.length());
        while (b.length() < bytes) {
            b.append(line);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1() {
        return ("Élève à l'école, déjà très préparé pour l'émission de télévision économique. ".repeat(40))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String backwardsSrt() {
        return "1\n00:01:00,000 --> 00:01:05,000\nThe hearing started one hour late because of a technical problem.\n\n"
                + "2\n00:01:05,500 --> 00:01:12,000\nThe judge asked both parties to summarise their arguments in ten minutes.\n\n"
                + "3\n00:00:20,000 --> 00:00:26,000\nThe lawyer for the company said the contract had never been signed.\n\n"
                + "4\n00:00:26,500 --> 00:00:33,000\nThe other side showed an email that seemed to prove the opposite.\n\n"
                + "5\n00:01:20,000 --> 00:01:28,000\nThe verdict is expected at the end of the month, the court said.\n";
    }

    private static String oneWordCues(int count) {
        String[] words = String.join(" ", Fixtures.STORIES.get(0)).replaceAll("[.,]", "").split(" ");
        StringBuilder b = new StringBuilder(count * 40);
        for (int i = 0; i < count; i++) {
            double start = i * 0.4;
            b.append(i + 1).append('\n').append(Fixtures.srtTime(start)).append(" --> ").append(Fixtures.srtTime(start + 0.35)).append('\n')
                    .append(words[i % words.length]).append("\n\n");
        }
        return b.toString();
    }

    private static String threeHourVtt() {
        List<String> sentences = new ArrayList<>();
        Fixtures.STORIES.forEach(sentences::addAll);
        StringBuilder b = new StringBuilder("WEBVTT\n\n");
        int cues = 3 * 3600 / 10;
        for (int i = 0; i < cues; i++) {
            double start = i * 10.0;
            // one story block after the other, so the topic changes every few minutes
            List<String> story = Fixtures.STORIES.get((i / 18) % Fixtures.STORIES.size());
            b.append(Fixtures.srtTime(start).replace(',', '.')).append(" --> ").append(Fixtures.srtTime(start + 9.5).replace(',', '.'))
                    .append('\n').append(story.get(i % story.size())).append(" Part ").append(i / 18 + 1).append(".\n\n");
        }
        return b.toString();
    }

    private static String noPunctuation() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            for (String s : Fixtures.STORIES.get(k + 2)) {
                b.append(s.replaceAll("[.,;:!?']", "").toLowerCase()).append(' ');
            }
        }
        return b.toString().trim();
    }

    private static String emojiRtl() {
        String[] lines = {
                "مرحبا بكم في نشرة الأخبار 🎙️ مساء الخير",
                "الحكومة أعلنت اليوم عن خطة جديدة للنقل العام في المدينة 🚋",
                "الخطة تشمل ثلاثة خطوط ترام جديدة بحلول عام ألفين وثلاثين",
                "שלום לכולם, זהו מבזק החדשות של הערב 📰",
                "מזג האוויר: גשם כבד בצפון ורוחות חזקות לאורך החוף 🌧️💨",
                "Mixed line: the mayor said «شكرا» and smiled 😀👍🏽 — then left.",
                "وفي الرياضة فاز الفريق المحلي بثلاثة أهداف مقابل هدف واحد ⚽🏆",
                "شكرا لمتابعتكم وإلى اللقاء 👋"};
        StringBuilder b = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < lines.length * 3; i++) {
            b.append(Fixtures.srtTime(i * 7.0).replace(',', '.')).append(" --> ").append(Fixtures.srtTime(i * 7.0 + 6.5).replace(',', '.'))
                    .append('\n').append(lines[i % lines.length]).append("\n\n");
        }
        return b.toString();
    }

}
