package media.pipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import media.pipeline.contracts.Topics;
import media.pipeline.localstack.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3: N episodes in flight (REST and Kafka) while each service is killed with SIGKILL once at
 * a random moment and restarted, and the broker is restarted once. Every episode must end with
 * exactly one current chapter set at revision 1; duplicates on the topics are counted.
 */
@Order(3)
class CrashSystemTest {

    @Test
    void killEachServiceAndRestartTheBrokerWhileEpisodesAreInFlight() throws Exception {
        Pipeline p = Pipeline.get();
        int n = Integer.getInteger("system.episodes", 200);
        long seed = Long.getLong("system.seed", System.currentTimeMillis());
        Random random = new Random(seed);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long t0 = System.nanoTime();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("crash-" + i + "-" + run);
        }
        Map<String, Integer> launchesBefore = new LinkedHashMap<>();
        p.services().forEach(s -> launchesBefore.put(s.name(), s.launches()));

        // the sender: two thirds over REST (retried while ingest is down), one third over Kafka
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger restRetries = new AtomicInteger();
        AtomicInteger restDuplicates = new AtomicInteger();
        long interval = Math.max(150, 36_000 / n);
        ExecutorService senders = Executors.newSingleThreadExecutor();
        Future<?> sending = senders.submit(() -> {
            for (int i = 0; i < n; i++) {
                String id = ids.get(i);
                String format = Fixtures.FORMATS[i % Fixtures.FORMATS.length];
                String[] episode = Fixtures.generated(10_000 + i, format);
                if (i % 3 == 2) {
                    sendKafka(p, id, format, episode[1]);
                } else {
                    long before = System.nanoTime();
                    Http.Response r = postCounting(p, episode[0], episode[1].getBytes(StandardCharsets.UTF_8), id, restRetries);
                    if (r.status() == 200) {
                        restDuplicates.incrementAndGet(); // the first answer was lost in a crash, the episode was stored
                    }
                    assertThat(r.text("episodeId")).isEqualTo(id);
                    if (System.nanoTime() - before > TimeUnit.SECONDS.toNanos(60)) {
                        System.out.println("crash: slow POST for " + id);
                    }
                }
                sent.incrementAndGet();
                ServiceProcess.sleep(interval);
            }
            return null;
        });

        // the faults, in random order, each when a random number of episodes (between N/10 and 9N/10) has been sent
        List<String> faults = new ArrayList<>(List.of("ingest", "segment", "publish", "kafka"));
        Collections.shuffle(faults, random);
        List<Integer> moments = new ArrayList<>();
        for (int k = 0; k < faults.size(); k++) {
            moments.add(n / 10 + random.nextInt(Math.max(1, n * 8 / 10)));
        }
        Collections.sort(moments);
        List<String> faultLog = new ArrayList<>();
        for (int k = 0; k < faults.size(); k++) {
            String fault = faults.get(k);
            while (sent.get() < moments.get(k) && !sending.isDone()) {
                ServiceProcess.sleep(50);
            }
            ServiceProcess.sleep(random.nextInt(1000));
            long f0 = System.nanoTime();
            int inFlightAt = sent.get();
            switch (fault) {
                case "kafka" -> p.stack.restartKafka();
                case "ingest" -> p.restart(p.ingest, true);
                case "segment" -> p.restart(p.segment, true);
                default -> p.restart(p.publish, true);
            }
            faultLog.add(String.format("%s at %d/%d sent (%d ms to ready)", fault.equals("kafka") ? "broker restart" : "kill -9 " + fault,
                    inFlightAt, n, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - f0)));
        }
        sending.get(10, TimeUnit.MINUTES);
        senders.shutdown();
        long sentSeconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();

        Map<String, JsonNode> published = p.awaitChapters(ids, Duration.ofMinutes(10));
        long doneSeconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();

        SoftAssertions soft = new SoftAssertions();
        List<String> lost = ids.stream().filter(id -> !published.containsKey(id)).toList();
        soft.assertThat(lost).as("episodes without published chapters (lost); states: %s", states(p, lost)).isEmpty();
        Map<Integer, Long> revisions = published.values().stream()
                .collect(Collectors.groupingBy(c -> c.path("revision").asInt(), TreeMap::new, Collectors.counting()));
        soft.assertThat(revisions.keySet()).as("current revisions (a duplicate that became a new revision is a bug)").containsOnly(1);
        published.forEach((id, c) -> soft.assertThat(c.path("chapters").size()).as("%s chapters", id).isGreaterThanOrEqualTo(1));

        // duplicates: records per episode on each topic; chapter sets on summaries.published.v1 must all be revision 1
        java.util.Set<String> mine = new java.util.HashSet<>(ids);
        Map<String, int[]> perTopic = new LinkedHashMap<>();
        for (String topic : List.of(Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED, Topics.SUMMARIES_PUBLISHED)) {
            List<ConsumerRecord<String, String>> records = p.kafka.records(topic).stream().filter(r -> mine.contains(r.key())).toList();
            long distinctKeys = records.stream().map(ConsumerRecord::key).distinct().count();
            long distinctEvents = records.stream().map(r -> KafkaProbe.header(r, "ce_id")).distinct().count();
            perTopic.put(topic, new int[] {records.size(), (int) distinctKeys, (int) distinctEvents});
            soft.assertThat(distinctEvents).as("%s: distinct events must be one per episode (%d records, %d keys)", topic,
                    records.size(), distinctKeys).isEqualTo(distinctKeys);
            if (topic.equals(Topics.SUMMARIES_PUBLISHED)) {
                List<String> notFirst = records.stream().filter(r -> readRevision(r.value()) != 1).map(ConsumerRecord::key).toList();
                soft.assertThat(notFirst).as("ChaptersPublished records with a revision other than 1").isEmpty();
            }
        }
        for (String dlq : List.of(Topics.EPISODES_NEW, Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED)) {
            soft.assertThat(p.kafka.records(Topics.deadLetter(dlq)).stream().filter(r -> mine.contains(r.key())).map(r -> r.key() + ": "
                    + KafkaProbe.header(r, "dead-letter-reason")).toList()).as("dead letters of this scenario on %s.dlq", dlq).isEmpty();
        }
        for (ServiceProcess s : p.services()) {
            soft.assertThat(s.launches()).as("%s launches", s.name()).isEqualTo(launchesBefore.get(s.name()) + 1);
            soft.assertThat(s.ready()).as("%s ready at the end", s.name()).isTrue();
        }

        Map<String, Long> consumerDuplicates = new LinkedHashMap<>();
        p.services().forEach(s -> consumerDuplicates.put(s.name(), Metrics.duplicates(p, s)));
        String dup = perTopic.entrySet().stream().map(e -> String.format("%s %d records/%d episodes (+%d duplicates absorbed)",
                e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1])).collect(Collectors.joining("; "));
        Summary.line("3-crash", String.format("N=%d (seed %d): %d/%d published, revisions %s, lost %d; faults: %s; REST retries %d, "
                        + "REST answered DUPLICATE after a lost answer %d; %s; redeliveries absorbed by the consumers after their restart (metrics) %s; sent in %d s, all published after %d s",
                n, seed, published.size(), n, revisions, lost.size(), faultLog, restRetries.get(), restDuplicates.get(), dup,
                consumerDuplicates, sentSeconds, doneSeconds));
        soft.assertAll();
    }

    private static Http.Response postCounting(Pipeline p, String contentType, byte[] body, String id, AtomicInteger retries) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                Http.Response r = p.postTranscript(contentType, body, Map.of("episodeId", id));
                if (r.status() == 200 || r.status() == 202) {
                    return r;
                }
                if (r.status() < 500) {
                    throw new AssertionError("ingest rejected " + id + ": " + r);
                }
                last = r.toString();
            } catch (java.io.UncheckedIOException e) {
                last = e.getMessage();
            }
            retries.incrementAndGet();
            ServiceProcess.sleep(500);
        }
        throw new AssertionError("ingest did not accept " + id + " within 5 min; last: " + last);
    }

    private static void sendKafka(Pipeline p, String id, String format, String transcript) {
        ObjectNode node = Http.JSON.createObjectNode();
        node.put("episodeId", id);
        node.put("format", format);
        node.put("transcript", transcript);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            try {
                p.kafka.send(Topics.EPISODES_NEW, id, node.toString());
                return;
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e; // the broker restart takes seconds, not minutes
                }
                ServiceProcess.sleep(500);
            }
        }
    }

    private static int readRevision(String json) {
        try {
            return Http.JSON.readTree(json).path("revision").asInt();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String states(Pipeline p, List<String> ids) {
        return ids.stream().limit(10).map(id -> {
            try {
                JsonNode e = p.episode(id);
                return id + "=" + (e == null ? "not ingested" : e.path("status").asText() + " " + e.path("failureReason").asText(""));
            } catch (RuntimeException ex) {
                return id + "=?";
            }
        }).collect(Collectors.joining(", "));
    }
}
