package media.pipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Scenario 6: horizontal scale-out. A second instance of segment-service and of publish-service joins
 * the running ones (same consumer groups, same database, own HTTP port). The broker's group coordinator
 * must split the 6 partitions of each input topic 3+3, both instances must do part of the work, then
 * the second instances are killed with SIGKILL while episodes are in flight: the first instances must
 * take over all 6 partitions and every episode must still end with exactly one chapter set, at
 * revision 1, and one event per topic.
 */
@Order(6)
class ScaleOutSystemTest {
    /** Episodes sent while both instances run, all published before the kill. */
    static final int SPLIT = 24;
    /** Episodes sent one a second; the second instances are killed once KILL_AT of them are sent. */
    static final int STREAM = 24;
    static final int KILL_AT = 8;
    static final Duration GROUP_TIMEOUT = Duration.ofMinutes(3);

    /** One scaled service: its consumer group on its input topic, the first instance and the added one. */
    static final class Stage {
        final String name;
        final String group;
        final String topic;
        final ServiceProcess first;
        final ServiceProcess second;
        String firstMember;
        String secondMember;
        List<Integer> firstPartitions;
        List<Integer> secondPartitions;
        String before;
        String during;
        String after;
        long joinMillis;
        long takeoverMillis = -1;
        long firstProcessed0;
        long firstDuplicates0;

        Stage(String name, String group, String topic, ServiceProcess first, ServiceProcess second) {
            this.name = name;
            this.group = group;
            this.topic = topic;
            this.first = first;
            this.second = second;
        }

        String label() {
            return "stage=\"" + name + "\"";
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndTheSurvivorTakesOverAfterKill9() throws Exception {
        Pipeline p = Pipeline.get();
        String run = Long.toString(System.currentTimeMillis(), 36);
        long t0 = System.nanoTime();
        Map<String, Long> pidsBefore = new LinkedHashMap<>();
        Map<String, Integer> launchesBefore = new LinkedHashMap<>();
        p.services().forEach(s -> {
            pidsBefore.put(s.name(), s.pid());
            launchesBefore.put(s.name(), s.launches());
        });
        ServiceProcess segmentB = p.newInstance("segment-b", "segment-service");
        ServiceProcess publishB = p.newInstance("publish-b", "publish-service");
        List<Stage> stages = List.of(
                new Stage("segment", "segment-service", Topics.TRANSCRIPTS_INGESTED, p.segment, segmentB),
                new Stage("publish", "publish-service", Topics.SEGMENTS_ENRICHED, p.publish, publishB));
        List<String> splitIds = new ArrayList<>();
        List<String> streamIds = new ArrayList<>();
        for (int i = 0; i < SPLIT; i++) {
            splitIds.add("scale-" + i + "-" + run);
        }
        for (int i = SPLIT; i < SPLIT + STREAM; i++) {
            streamIds.add("scale-" + i + "-" + run);
        }
        List<String> ids = new ArrayList<>(splitIds);
        ids.addAll(streamIds);

        try (ConsumerGroups groups = new ConsumerGroups(p.stack.kafkaBootstrapServers())) {
            // before: the first instance is the group's only member and owns the 6 partitions
            for (Stage s : stages) {
                ConsumerGroups.Assignment alone = groups.await(s.group, s.topic,
                        a -> a.stableWith(1) && a.partitions() == Pipeline.PARTITIONS, GROUP_TIMEOUT);
                assertThat(alone.stableWith(1) && alone.partitions() == Pipeline.PARTITIONS)
                        .as("%s: one member with all %d partitions of %s before the second instance: %s", s.group, Pipeline.PARTITIONS,
                                s.topic, alone).isTrue();
                s.firstMember = alone.members().keySet().iterator().next();
                s.before = alone.describe(List.of(s.firstMember));
                s.firstProcessed0 = Metrics.counter(p, s.first, "pipeline_stage_processed_total", s.label());
                s.firstDuplicates0 = Metrics.counter(p, s.first, "pipeline_stage_duplicates_total", s.label());
            }

            try {
                // the second instances join: the coordinator splits the partitions 3+3
                long j0 = System.nanoTime();
                segmentB.start();
                publishB.start();
                segmentB.awaitReady(Pipeline.START_TIMEOUT);
                publishB.awaitReady(Pipeline.START_TIMEOUT);
                for (Stage s : stages) {
                    ConsumerGroups.Assignment split = groups.await(s.group, s.topic,
                            a -> a.stableWith(2) && a.members().values().stream().allMatch(ps -> ps.size() == Pipeline.PARTITIONS / 2),
                            GROUP_TIMEOUT);
                    s.joinMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - j0);
                    assertThat(split.stableWith(2)).as("%s: two members after the second instance started: %s", s.group, split).isTrue();
                    assertThat(split.members()).as("%s: the first instance keeps its member id", s.group).containsKey(s.firstMember);
                    assertThat(split.members().values()).as("%s: 3 partitions each", s.group)
                            .allSatisfy(ps -> assertThat(ps).hasSize(Pipeline.PARTITIONS / 2));
                    s.secondMember = split.members().keySet().stream().filter(m -> !m.equals(s.firstMember)).findFirst().orElseThrow();
                    s.firstPartitions = split.members().get(s.firstMember);
                    s.secondPartitions = split.members().get(s.secondMember);
                    s.during = split.describe(List.of(s.firstMember, s.secondMember));
                }

                // phase 1: episodes while both instances run; each instance must process some, together each exactly once
                long p0 = System.nanoTime();
                for (int i = 0; i < SPLIT; i++) {
                    send(p, splitIds.get(i), i);
                }
                Map<String, JsonNode> splitPublished = p.awaitChapters(splitIds, Duration.ofMinutes(5));
                assertThat(splitPublished.keySet()).as("episodes published while both instances run")
                        .containsExactlyInAnyOrderElementsOf(splitIds);
                long splitSeconds = Duration.ofNanos(System.nanoTime() - p0).toSeconds();
                Map<String, long[]> split = new LinkedHashMap<>();
                for (Stage s : stages) {
                    long first = Metrics.counter(p, s.first, "pipeline_stage_processed_total", s.label()) - s.firstProcessed0;
                    long second = Metrics.counter(p, s.second, "pipeline_stage_processed_total", s.label());
                    split.put(s.name, new long[] {first, second});
                    assertThat(first).as("%s: episodes processed by the first instance while both run", s.name).isPositive();
                    assertThat(second).as("%s: episodes processed by the second instance", s.name).isPositive();
                    assertThat(first + second).as("%s: episodes processed by the two instances together (each exactly once)", s.name)
                            .isEqualTo(SPLIT);
                }
                // any publish instance answers the same (state is in PostgreSQL only)
                String probeId = splitIds.get(0);
                assertThat(chaptersFrom(p, publishB, probeId)).as("chapters of %s from the second publish instance", probeId)
                        .isEqualTo(p.chapters(probeId));

                // phase 2: a stream of episodes; kill -9 both second instances once KILL_AT are sent
                AtomicInteger sent = new AtomicInteger();
                ExecutorService sender = Executors.newSingleThreadExecutor();
                long s0 = System.nanoTime();
                Future<?> sending = sender.submit(() -> {
                    for (int i = 0; i < STREAM; i++) {
                        send(p, streamIds.get(i), SPLIT + i);
                        sent.incrementAndGet();
                        ServiceProcess.sleep(1000);
                    }
                    return null;
                });
                while (sent.get() < KILL_AT && !sending.isDone()) {
                    ServiceProcess.sleep(50);
                }
                Map<String, Long> secondBeforeKill = new LinkedHashMap<>();
                for (Stage s : stages) {
                    secondBeforeKill.put(s.name, Metrics.counter(p, s.second, "pipeline_stage_processed_total", s.label()));
                }
                int sentAtKill = sent.get();
                segmentB.kill9();
                publishB.kill9();
                long killedAtMillis = System.currentTimeMillis();
                long k0 = System.nanoTime();
                // the survivors take over: the coordinator drops the dead members (session timeout) and gives all 6 partitions to the first
                long deadline = k0 + GROUP_TIMEOUT.toNanos();
                while (stages.stream().anyMatch(s -> s.takeoverMillis < 0) && System.nanoTime() < deadline) {
                    for (Stage s : stages) {
                        if (s.takeoverMillis >= 0) {
                            continue;
                        }
                        ConsumerGroups.Assignment a = groups.describe(s.group, s.topic);
                        if (a.stableWith(1) && a.members().containsKey(s.firstMember) && a.partitions() == Pipeline.PARTITIONS) {
                            s.takeoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - k0);
                            s.after = a.describe(List.of(s.firstMember));
                        }
                    }
                    ServiceProcess.sleep(250);
                }
                for (Stage s : stages) {
                    ConsumerGroups.Assignment a = groups.describe(s.group, s.topic);
                    assertThat(s.takeoverMillis).as("%s: the first instance alone with all %d partitions after the kill; now %s",
                            s.group, Pipeline.PARTITIONS, a).isNotNegative();
                }
                sending.get(5, TimeUnit.MINUTES);
                sender.shutdown();
                Map<String, JsonNode> streamPublished = p.awaitChapters(streamIds, Duration.ofMinutes(5));
                long streamSeconds = Duration.ofNanos(System.nanoTime() - s0).toSeconds();

                // the checks over all episodes of the scenario
                SoftAssertions soft = new SoftAssertions();
                Map<String, JsonNode> published = new LinkedHashMap<>(splitPublished);
                published.putAll(streamPublished);
                List<String> lost = ids.stream().filter(id -> !published.containsKey(id)).toList();
                soft.assertThat(lost).as("episodes without published chapters (lost)").isEmpty();
                Map<Integer, Long> revisions = published.values().stream()
                        .collect(Collectors.groupingBy(c -> c.path("revision").asInt(), TreeMap::new, Collectors.counting()));
                soft.assertThat(revisions.keySet()).as("current revisions (a duplicate that became a new revision is a bug)").containsOnly(1);
                published.forEach((id, c) -> soft.assertThat(c.path("chapters").size()).as("%s chapters", id).isGreaterThanOrEqualTo(1));

                Set<String> mine = new HashSet<>(ids);
                Map<String, List<ConsumerRecord<String, String>>> onTopic = new LinkedHashMap<>();
                Map<String, String> perTopic = new LinkedHashMap<>();
                for (String topic : List.of(Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED, Topics.SUMMARIES_PUBLISHED)) {
                    List<ConsumerRecord<String, String>> records = p.kafka.records(topic).stream().filter(r -> mine.contains(r.key())).toList();
                    onTopic.put(topic, records);
                    Set<String> keys = records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                    long events = records.stream().map(r -> KafkaProbe.header(r, "ce_id")).distinct().count();
                    soft.assertThat(keys).as("%s: episodes with a record", topic).hasSize(ids.size());
                    soft.assertThat(events).as("%s: distinct events (ce_id) must be one per episode (%d records)", topic, records.size())
                            .isEqualTo(keys.size());
                    perTopic.put(topic, String.format("%d records/%d episodes", records.size(), keys.size()));
                    if (topic.equals(Topics.SUMMARIES_PUBLISHED)) {
                        soft.assertThat(records.stream().filter(r -> revision(r.value()) != 1).map(ConsumerRecord::key).toList())
                                .as("ChaptersPublished records with a revision other than 1").isEmpty();
                    }
                }
                for (String dlq : List.of(Topics.EPISODES_NEW, Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED)) {
                    soft.assertThat(p.kafka.records(Topics.deadLetter(dlq)).stream().filter(r -> mine.contains(r.key()))
                            .map(r -> r.key() + ": " + KafkaProbe.header(r, "dead-letter-reason")).toList())
                            .as("dead letters of this scenario on %s.dlq", dlq).isEmpty();
                }

                // takeover: what the survivor must have processed of the stream, from the partitions and record times
                Map<String, String> takeover = new LinkedHashMap<>();
                Map<String, Long> duplicatesAbsorbed = new LinkedHashMap<>();
                for (Stage s : stages) {
                    Set<String> stream = new HashSet<>(streamIds);
                    List<ConsumerRecord<String, String>> input = onTopic.get(s.topic).stream().filter(r -> stream.contains(r.key())).toList();
                    long onOwn = input.stream().filter(r -> s.firstPartitions.contains(r.partition())).map(ConsumerRecord::key).distinct().count();
                    long orphanedAfterKill = input.stream().filter(r -> s.secondPartitions.contains(r.partition()) && r.timestamp() > killedAtMillis)
                            .map(ConsumerRecord::key).distinct().count();
                    long survivor = Metrics.counter(p, s.first, "pipeline_stage_processed_total", s.label()) - s.firstProcessed0
                            - split.get(s.name)[0];
                    long duplicates = Metrics.counter(p, s.first, "pipeline_stage_duplicates_total", s.label()) - s.firstDuplicates0;
                    duplicatesAbsorbed.put(s.name, duplicates);
                    soft.assertThat(orphanedAfterKill).as("%s: stream episodes on the killed instance's partitions %s that reached %s after the kill",
                            s.name, s.secondPartitions, s.topic).isPositive();
                    soft.assertThat(survivor).as("%s: stream episodes processed by the survivor (%d on its own partitions + %d on the killed "
                            + "instance's partitions after the kill, at least)", s.name, onOwn, orphanedAfterKill)
                            .isGreaterThanOrEqualTo(onOwn + orphanedAfterKill).isLessThanOrEqualTo(STREAM);
                    takeover.put(s.name, String.format("survivor processed %d of %d stream episodes (%d on its partitions, %d on the killed one's "
                                    + "after the kill; the killed instance had processed %d of the stream when killed)", survivor, STREAM, onOwn,
                            orphanedAfterKill, secondBeforeKill.get(s.name) - split.get(s.name)[1]));
                }

                // the progress views (ingest's status consumer, publish's dashboard consumer group) saw every episode published
                List<String> statusNotPublished = awaitStatus(p, ids, Duration.ofMinutes(2));
                soft.assertThat(statusNotPublished).as("GET /api/episodes/{id} (ingest) not PUBLISHED").isEmpty();
                List<String> dashboardNotPublished = awaitDashboard(p, ids, Duration.ofMinutes(2));
                soft.assertThat(dashboardNotPublished).as("publish dashboard: episodes not PUBLISHED with their ingestion seen").isEmpty();

                for (ServiceProcess s : p.services()) {
                    soft.assertThat(s.pid()).as("%s not restarted (same pid)", s.name()).isEqualTo(pidsBefore.get(s.name()));
                    soft.assertThat(s.launches()).as("%s launches", s.name()).isEqualTo(launchesBefore.get(s.name()));
                    soft.assertThat(s.ready()).as("%s ready at the end", s.name()).isTrue();
                }

                String figures = stages.stream().map(s -> String.format("%s: partitions of %s before %s, with 2 instances %s (stable %.1f s after "
                                + "the start of the second), after kill -9 of the second %s (%.1f s after the kill); split while both ran: first %d, "
                                + "second %d of %d; %s; duplicates absorbed by the survivor %d",
                        s.name, s.topic, s.before, s.during, s.joinMillis / 1000.0, s.after, s.takeoverMillis / 1000.0,
                        split.get(s.name)[0], split.get(s.name)[1], SPLIT, takeover.get(s.name), duplicatesAbsorbed.get(s.name)))
                        .collect(Collectors.joining("; "));
                Summary.line("6-scale-out", String.format("%d episodes (%d while both instances ran, published in %d s; %d streamed one a second, "
                                + "second instances killed at %d/%d sent, stream published after %d s): %d/%d published, revisions %s, lost %d; %s; "
                                + "topics %s; %d s",
                        ids.size(), SPLIT, splitSeconds, STREAM, sentAtKill, STREAM, streamSeconds, published.size(), ids.size(), revisions,
                        lost.size(), figures, perTopic, Duration.ofNanos(System.nanoTime() - t0).toSeconds()));
                soft.assertAll();
            } finally {
                segmentB.kill9();
                publishB.kill9();
            }
        }
    }

    /** Two thirds over REST, one third over Kafka; the four generated formats in turn. */
    private static void send(Pipeline p, String id, int i) {
        String format = Fixtures.FORMATS[i % Fixtures.FORMATS.length];
        String[] episode = Fixtures.generated(50_000 + i, format);
        if (i % 3 == 2) {
            ObjectNode node = Http.JSON.createObjectNode();
            node.put("episodeId", id);
            node.put("format", format);
            node.put("transcript", episode[1]);
            p.kafka.send(Topics.EPISODES_NEW, id, node.toString());
        } else {
            Http.Response r = p.postUntilAccepted(episode[0], episode[1].getBytes(StandardCharsets.UTF_8), Map.of("episodeId", id),
                    Duration.ofMinutes(2));
            assertThat(r.status()).as("POST %s: %s", id, r).isEqualTo(202);
        }
    }

    private static JsonNode chaptersFrom(Pipeline p, ServiceProcess publish, String id) {
        Http.Response r = p.http.get(publish.uri("/api/episodes/" + encode(id) + "/chapters"), Duration.ofSeconds(30));
        assertThat(r.status()).as("GET chapters of %s from %s: %s", id, publish, r).isEqualTo(200);
        return r.json();
    }

    /** Polls ingest's episode view until every episode is PUBLISHED; returns the ones that are not (with their status). */
    private static List<String> awaitStatus(Pipeline p, List<String> ids, Duration timeout) {
        return awaitAll(ids, timeout, id -> {
            JsonNode e = p.episode(id);
            return e == null ? "not found" : e.path("status").asText();
        }, "PUBLISHED"::equals);
    }

    /** Polls publish's dashboard until every episode is PUBLISHED with its ingestion seen (the dashboard group's other topic). */
    private static List<String> awaitDashboard(Pipeline p, List<String> ids, Duration timeout) {
        return awaitAll(ids, timeout, id -> {
            try {
                Http.Response r = p.http.get(p.publish.uri("/api/dashboard/episodes/" + encode(id)), Duration.ofSeconds(30));
                if (r.status() != 200) {
                    return "HTTP " + r.status();
                }
                JsonNode e = r.json();
                return e.path("stage").asText() + (e.path("ingestedAt").isNull() || e.path("ingestedAt").isMissingNode() ? " (ingestion not seen)" : "");
            } catch (UncheckedIOException e) {
                return "no answer";
            }
        }, "PUBLISHED"::equals);
    }

    private static List<String> awaitAll(List<String> ids, Duration timeout, java.util.function.Function<String, String> state,
                                         java.util.function.Predicate<String> done) {
        Map<String, String> pending = new LinkedHashMap<>();
        ids.forEach(id -> pending.put(id, "?"));
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (String id : new ArrayList<>(pending.keySet())) {
                String s = state.apply(id);
                if (done.test(s)) {
                    pending.remove(id);
                } else {
                    pending.put(id, s);
                }
            }
            if (!pending.isEmpty()) {
                ServiceProcess.sleep(1000);
            }
        } while (!pending.isEmpty() && System.nanoTime() < deadline);
        return pending.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int revision(String json) {
        try {
            return Http.JSON.readTree(json).path("revision").asInt();
        } catch (Exception e) {
            return -1;
        }
    }
}
