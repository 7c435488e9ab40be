package media.pipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1: the sample page, one file of each supported format and a Spanish episode end as published chapters
 * (the Spanish one labelled and titled in Spanish); the sample is one trace in all three services' logs.
 */
@Order(1)
class HappyPathSystemTest {

    record Upload(String episodeId, String fixture, String contentType, String expectedFormat) { }

    @Test
    void everySupportedFormatEndsAsPublishedChapters() {
        Pipeline p = Pipeline.get();
        long t0 = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Upload> uploads = List.of(
                new Upload("happy-page-" + run, "tech-co-2025-10-21-dailymotion.txt", "text/plain", "page"),
                new Upload("happy-vtt-" + run, "cloud-weekly-2025-11-04.vtt", "text/vtt", "webvtt"),
                new Upload("happy-srt-" + run, "journal-eco-2025-09-15.srt", "application/x-subrip", "srt"),
                new Upload("happy-speaker-" + run, "farm-radio-interview.txt", "text/plain", "speaker"),
                new Upload("happy-plain-" + run, "city-council-report.txt", "text/plain", "plain"),
                new Upload("happy-es-" + run, "hoy-en-la-radio-es.vtt", "text/vtt", "webvtt"));

        for (Upload u : uploads) {
            Http.Response r = p.postTranscript(u.contentType(), Fixtures.bytes(u.fixture()), Map.of("episodeId", u.episodeId()));
            assertThat(r.status()).as("POST %s: %s", u.fixture(), r).isEqualTo(202);
            assertThat(r.text("episodeId")).isEqualTo(u.episodeId());
            assertThat(r.text("status")).isEqualTo("INGESTED");
        }

        Map<String, JsonNode> published = p.awaitChapters(uploads.stream().map(Upload::episodeId).toList(), Duration.ofMinutes(5));
        assertThat(published.keySet()).as("episodes with published chapters").containsExactlyInAnyOrderElementsOf(
                uploads.stream().map(Upload::episodeId).toList());

        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> headlines = new ArrayList<>();
        for (Upload u : uploads) {
            JsonNode set = published.get(u.episodeId());
            JsonNode chapters = set.path("chapters");
            assertThat(set.path("episodeId").asText()).isEqualTo(u.episodeId());
            assertThat(set.path("revision").asInt()).as("%s revision", u.fixture()).isEqualTo(1);
            assertThat(chapters.size()).as("%s chapters", u.fixture()).isGreaterThanOrEqualTo(1);
            for (JsonNode c : chapters) {
                assertThat(c.path("headline").asText("")).as("%s chapter %s headline", u.fixture(), c.path("index")).isNotBlank();
            }
            JsonNode episode = p.episode(u.episodeId());
            assertThat(episode).as("ingest view of %s", u.episodeId()).isNotNull();
            assertThat(episode.path("format").asText()).as("%s detected format", u.fixture()).isEqualTo(u.expectedFormat());
            String label = u.episodeId().substring("happy-".length(), u.episodeId().length() - run.length() - 1);
            counts.put(label, chapters.size());
            headlines.add(label + ": " + chapters.get(0).path("headline").asText());
        }
        JsonNode sample = published.get(uploads.get(0).episodeId());
        StringBuilder timeline = new StringBuilder();
        sample.path("chapters").forEach(c -> timeline.append(String.format("%n  %4.0f-%4.0f s %s", c.path("start").asDouble(),
                c.path("end").asDouble(), c.path("headline").asText())));
        assertThat(sample.path("chapters").size()).as("chapters of the sample episode (26 min, granularity normal):%s", timeline)
                .isBetween(3, 8);
        assertThat(sample.path("show").asText()).isEqualTo("Tech & Co");
        assertThat(sample.path("airDate").asText()).isEqualTo("2025-10-21");

        // a Spanish episode is analysed and published as Spanish, not as French or English
        JsonNode spanish = published.get(uploads.get(5).episodeId());
        assertThat(spanish.path("language").asText()).isEqualTo("es");
        assertThat(spanish.path("chapters").size()).as("chapters of the Spanish episode (11 min, three topics)").isBetween(2, 5);
        spanish.path("chapters").forEach(c -> assertThat(c.path("headline").asText())
                .as("Spanish headline").doesNotStartWith("Chapter").doesNotStartWith("Introduction"));

        // one episode is one trace: the W3C trace context travels in the outbox rows and Kafka headers
        String sampleId = uploads.get(0).episodeId();
        Map<String, Set<String>> traces = new LinkedHashMap<>();
        for (ServiceProcess service : List.of(p.ingest, p.segment, p.publish)) {
            traces.put(service.name(), traceIds(service.log(), sampleId));
        }
        Set<String> common = new TreeSet<>(traces.get(p.ingest.name()));
        traces.values().forEach(common::retainAll);
        assertThat(common).as("trace ids in the log lines of episode %s per service: %s", sampleId, traces).hasSize(1);

        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        Summary.line("1-happy-path", String.format("%d/%d episodes published in %d s; chapters per upload %s; first headlines %s; "
                + "episode %s is trace %s in the logs of all three services", uploads.size(), uploads.size(), seconds, counts, headlines, sampleId, common));
    }

    private static final Pattern TRACED = Pattern.compile("traceId=([0-9a-f]{32}) episode=(\\S+)");

    /** The trace ids of the log lines that carry {@code episodeId} in their MDC. */
    private static Set<String> traceIds(Path log, String episodeId) {
        try (Stream<String> lines = Files.lines(log)) {
            Set<String> ids = new TreeSet<>();
            lines.map(TRACED::matcher).filter(Matcher::find).filter(m -> m.group(2).equals(episodeId))
                    .forEach(m -> ids.add(m.group(1)));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
