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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import media.pipeline.contracts.Topics;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4: PostgreSQL stops for 20 s while episodes flow. Every service must report not-ready
 * (503 on /q/health/ready) during the outage, become ready again without a restart, and finish
 * every episode.
 */
@Order(4)
class DatabaseOutageSystemTest {
    static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void servicesReportNotReadyDuringADatabaseOutageThenRecoverAndFinishEveryEpisode() throws Exception {
        Pipeline p = Pipeline.get();
        String run = Long.toString(System.currentTimeMillis(), 36);
        int count = Integer.getInteger("system.outage.episodes", 24);
        long t0 = System.nanoTime();
        Map<String, Long> pids = new LinkedHashMap<>();
        p.services().forEach(s -> pids.put(s.name(), s.pid()));
        List<String> ids = new ArrayList<>();

        // a first third before the outage (REST), the rest over Kafka: sent before and during the outage
        int before = count / 3;
        for (int i = 0; i < before; i++) {
            String id = "outage-" + i + "-" + run;
            String[] e = Fixtures.generated(20_000 + i, Fixtures.FORMATS[i % 4]);
            Http.Response r = p.postTranscript(e[0], e[1].getBytes(StandardCharsets.UTF_8), Map.of("episodeId", id));
            assertThat(r.status()).as("%s: %s", id, r).isEqualTo(202);
            ids.add(id);
        }
        for (int i = before; i < count / 2; i++) {
            ids.add(sendKafka(p, i, run));
        }

        p.stack.stopDatabase();
        long outageStart = System.nanoTime();
        Map<String, TreeMap<Integer, Integer>> readiness = new LinkedHashMap<>();
        p.services().forEach(s -> readiness.put(s.name(), new TreeMap<>()));
        List<String> restDuringOutage = new ArrayList<>();
        int next = count / 2;
        while (System.nanoTime() - outageStart < OUTAGE.toNanos()) {
            for (ServiceProcess s : p.services()) {
                Http.Response r = s.readiness();
                readiness.get(s.name()).merge(r == null ? -1 : r.status(), 1, Integer::sum);
            }
            if (next < count) {
                ids.add(sendKafka(p, next++, run)); // waits in the topic until ingest can store it
            }
            if (restDuringOutage.size() < 2) {
                String[] e = Fixtures.generated(29_000 + restDuringOutage.size(), "srt");
                Http.Response r = p.postTranscript(e[0], e[1].getBytes(StandardCharsets.UTF_8),
                        Map.of("episodeId", "outage-rest-" + restDuringOutage.size() + "-" + run));
                restDuringOutage.add(r.status() + " " + (r.contentType().startsWith("application/problem+json") ? r.text("type") : r.contentType()));
            }
            ServiceProcess.sleep(1000);
        }
        while (next < count) {
            ids.add(sendKafka(p, next++, run));
        }
        p.stack.startDatabase();
        long restarted = System.nanoTime();

        Map<String, Long> recoveredMs = new LinkedHashMap<>();
        for (ServiceProcess s : p.services()) {
            s.awaitReady(Duration.ofMinutes(3));
            recoveredMs.put(s.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
        }
        Map<String, JsonNode> published = p.awaitChapters(ids, Duration.ofMinutes(8));
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();

        SoftAssertions soft = new SoftAssertions();
        readiness.forEach((name, statuses) -> soft.assertThat(statuses).as("%s readiness answers during the outage (status -> count)", name)
                .containsKey(503));
        soft.assertThat(published.keySet()).as("episodes published after the outage").containsExactlyInAnyOrderElementsOf(ids);
        Map<Integer, Long> revisions = published.values().stream()
                .collect(Collectors.groupingBy(c -> c.path("revision").asInt(), TreeMap::new, Collectors.counting()));
        soft.assertThat(revisions.keySet()).as("revisions").containsOnly(1);
        for (ServiceProcess s : p.services()) {
            soft.assertThat(s.pid()).as("%s pid (recovered without a restart)", s.name()).isEqualTo(pids.get(s.name()));
        }
        java.util.Set<String> mine = new java.util.HashSet<>(ids);
        for (String topic : List.of(Topics.EPISODES_NEW, Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED)) {
            soft.assertThat(p.kafka.records(Topics.deadLetter(topic)).stream().filter(r -> mine.contains(r.key())).map(r -> r.key()).toList())
                    .as("valid episodes dead-lettered during the outage on %s.dlq", topic).isEmpty();
        }
        Summary.line("4-database-outage", String.format("%d episodes (%d REST before, %d Kafka before/during); PostgreSQL down %d s; "
                        + "readiness during outage (status->answers) %s; REST POST during outage %s; ready again after %s ms; %d/%d published, "
                        + "revisions %s; %d s", count, before, count - before, OUTAGE.toSeconds(), readiness, restDuringOutage, recoveredMs,
                published.size(), ids.size(), revisions, seconds));
        soft.assertAll();
    }

    private static String sendKafka(Pipeline p, int i, String run) {
        String id = "outage-" + i + "-" + run;
        String format = Fixtures.FORMATS[i % 4];
        ObjectNode node = Http.JSON.createObjectNode();
        node.put("episodeId", id);
        node.put("format", format);
        node.put("transcript", Fixtures.generated(20_000 + i, format)[1]);
        p.kafka.send(Topics.EPISODES_NEW, id, node.toString());
        return id;
    }
}
