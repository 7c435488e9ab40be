package media.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import media.pipeline.contracts.EpisodeAnnounced;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.contracts.Topics;
import media.pipeline.localstack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pipeline as deployed: the three services as separate JVMs over a real Kafka and PostgreSQL.
 * Measures start-up to ready, RSS at rest and under load, throughput of a burst of episodes and the
 * end-to-end latency at a light steady rate.
 */
final class PipelineBench implements AutoCloseable {
    static final List<String> SERVICES = List.of("ingest", "segment", "publish");
    private static final ObjectMapper JSON = PipelineJson.mapper();

    record Startup(String service, long readyMs, long quarkusMs, double restRssMb) {
    }

    /**
     * cpuMsPerEpisode: per service, Kafka + PostgreSQL, this harness, other processes and the whole machine;
     * jitMsPerEpisode: the part of each service's CPU spent by its JIT compiler threads.
     */
    record Burst(int episodes, double seconds, double episodesPerSecond, Map<String, Double> maxRssMb,
                 Map<String, Double> meanStageMs, Map<String, Double> cpuMsPerEpisode, Map<String, Double> jitMsPerEpisode) {
        /** The services' JIT compiler threads' share of the services' CPU in this burst. */
        double jitShare() {
            double cpu = 0;
            double jit = 0;
            for (Map.Entry<String, Double> e : jitMsPerEpisode.entrySet()) {
                jit += e.getValue();
                cpu += cpuMsPerEpisode.getOrDefault(e.getKey(), 0.0);
            }
            return cpu > 0 ? jit / cpu : Double.NaN;
        }
    }

    record Latency(String episode, int count, double p50, double p90, double p99, double max, double meanReceiveMs) {
    }

    private final Path root;
    private final List<String> jvmOptions;
    private final Path logDir;
    private final LocalStack stack;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, long[]> published = new ConcurrentHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean(true);
    private final Thread poller;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final AtomicInteger sequence = new AtomicInteger();

    PipelineBench(Path root, LocalStack stack, List<String> jvmOptions, Path logDir) {
        this.root = root;
        this.stack = stack;
        this.jvmOptions = jvmOptions;
        this.logDir = logDir;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> tps = consumer.partitionsFor(Topics.SUMMARIES_PUBLISHED, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        consumer.assign(tps);
        consumer.seekToEnd(tps);
        tps.forEach(consumer::position);
        this.poller = new Thread(this::poll, "bench-published-poller");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (polling.get()) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                if (r.key() != null) {
                    published.putIfAbsent(r.key(), new long[] {r.timestamp(), System.currentTimeMillis()});
                }
            }
        }
        consumer.close();
    }

    /** Starts each service alone (so one start-up does not slow another) and waits until it is ready. */
    List<Startup> startServices() throws Exception {
        List<Startup> out = new ArrayList<>();
        for (String s : SERVICES) {
            ServiceProcess p = ServiceProcess.start(root, s, freePort(), jvmOptions, stack.environment(), logDir);
            services.put(s, p);
            long ready = p.awaitReady(Duration.ofMinutes(3));
            out.add(new Startup(s, ready, p.quarkusStartedMillis(), Double.NaN));
        }
        Thread.sleep(3000);
        List<Startup> withRss = new ArrayList<>();
        for (Startup s : out) {
            withRss.add(new Startup(s.service(), s.readyMs(), s.quarkusMs(), services.get(s.service()).rssMb()));
        }
        return withRss;
    }

    /** CPU ms used so far by the three services together: {all threads, their JIT compiler threads}. */
    double[] servicesCpuMillis() {
        double all = 0;
        double jit = 0;
        for (ServiceProcess p : services.values()) {
            all += Machine.cpuMillis(p.pid());
            jit += Machine.jitCpuMillis(p.pid());
        }
        return new double[] {all, jit};
    }

    /** Sends {@code n} episodes (round-robin over the mix) as fast as possible; times until all are published. */
    Burst burst(List<Episode> mix, int n, Duration timeout) throws Exception {
        Map<String, Double> maxRss = new ConcurrentHashMap<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                services.forEach((name, p) -> maxRss.merge(name, p.rssMb(), Math::max));
                sleep(200);
            }
        }, "bench-rss-sampler");
        sampler.start();
        Map<String, double[]> before = new LinkedHashMap<>();
        services.forEach((name, p) -> before.put(name, p.stageTimer()));
        Map<String, Double> cpuBefore = new LinkedHashMap<>();
        services.forEach((name, p) -> cpuBefore.put(name, Machine.cpuMillis(p.pid())));
        Map<String, Double> jitBefore = new LinkedHashMap<>();
        services.forEach((name, p) -> jitBefore.put(name, Machine.jitCpuMillis(p.pid())));
        double busyBefore = Machine.busyMillis();
        String stackMarker = stack.runDirectory() == null ? null : stack.runDirectory().toString();
        double stackBefore = stackMarker == null ? 0 : Machine.treeCpuMillis(stackMarker);
        double harnessBefore = Machine.cpuMillis(ProcessHandle.current().pid());
        List<String> ids = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = nextId("burst");
            ids.add(id);
            payloads.add(announce(id, mix.get(i % mix.size())));
        }
        long t0 = System.currentTimeMillis();
        for (int i = 0; i < n; i++) {
            producer.send(new ProducerRecord<>(Topics.EPISODES_NEW, ids.get(i), payloads.get(i)));
        }
        producer.flush();
        awaitAll(ids, timeout);
        long last = ids.stream().mapToLong(id -> published.get(id)[1]).max().orElse(t0);
        sampling.set(false);
        sampler.join();
        Map<String, Double> meanStage = new LinkedHashMap<>();
        services.forEach((name, p) -> {
            double[] after = p.stageTimer();
            double[] b = before.get(name);
            meanStage.put(name, after[1] > b[1] ? (after[0] - b[0]) / (after[1] - b[1]) * 1000 : Double.NaN);
        });
        double busy = Machine.busyMillis() - busyBefore;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> jit = new LinkedHashMap<>();
        double servicesCpu = 0;
        for (Map.Entry<String, ServiceProcess> e : services.entrySet()) {
            double used = Machine.cpuMillis(e.getValue().pid()) - cpuBefore.get(e.getKey());
            servicesCpu += used;
            cpu.put(e.getKey(), used / n);
            jit.put(e.getKey(), (Machine.jitCpuMillis(e.getValue().pid()) - jitBefore.get(e.getKey())) / n);
        }
        double stackCpu = stackMarker == null ? Double.NaN : Machine.treeCpuMillis(stackMarker) - stackBefore;
        double harness = Machine.cpuMillis(ProcessHandle.current().pid()) - harnessBefore;
        cpu.put("Kafka + PostgreSQL", stackCpu / n);
        cpu.put("harness", harness / n);
        cpu.put("other processes", (busy - servicesCpu - stackCpu - harness) / n);
        cpu.put("machine", busy / n);
        double seconds = (last - t0) / 1000.0;
        return new Burst(n, seconds, n / seconds, new LinkedHashMap<>(maxRss), meanStage, cpu, jit);
    }

    /** One episode every {@code everyMillis}: latency from the send to the ChaptersPublished record's timestamp. */
    Latency latency(Episode episode, int count, long everyMillis, Duration timeout) throws Exception {
        List<String> ids = new ArrayList<>();
        Map<String, Long> sentAt = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = nextId("lat");
            String payload = announce(id, episode);
            long due = System.currentTimeMillis() + everyMillis;
            long sent = System.currentTimeMillis();
            producer.send(new ProducerRecord<>(Topics.EPISODES_NEW, id, payload)).get();
            ids.add(id);
            sentAt.put(id, sent);
            long wait = due - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        awaitAll(ids, timeout);
        List<Long> latencies = new ArrayList<>();
        List<Long> receive = new ArrayList<>();
        for (String id : ids) {
            long[] p = published.get(id);
            latencies.add(p[0] - sentAt.get(id));
            receive.add(p[1] - sentAt.get(id));
        }
        return new Latency(episode.name(), count, Stats.percentile(latencies, 50), Stats.percentile(latencies, 90),
                Stats.percentile(latencies, 99), Stats.percentile(latencies, 100),
                receive.stream().mapToLong(Long::longValue).average().orElse(Double.NaN));
    }

    Map<String, ServiceProcess> services() {
        return services;
    }

    private void awaitAll(List<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        Set<String> keys = published.keySet();
        while (!keys.containsAll(ids)) {
            if (System.currentTimeMillis() > deadline) {
                long missing = ids.stream().filter(id -> !keys.contains(id)).count();
                throw new IllegalStateException(missing + " of " + ids.size() + " episodes not published after " + timeout
                        + "; see the service logs in " + logDir);
            }
            Thread.sleep(5);
        }
    }

    private String nextId(String phase) {
        return "bench-" + run + "-" + phase + "-" + sequence.incrementAndGet();
    }

    /** Distinct episode id and air date: ingest would otherwise recognise the same text as a duplicate. */
    private String announce(String id, Episode e) throws Exception {
        LocalDate airDate = LocalDate.of(2000, 1, 1).plusDays(sequence.get());
        return JSON.writeValueAsString(new EpisodeAnnounced(id, "Bench " + run, "Benchmark " + id, airDate, e.language(),
                null, e.format(), e.text()));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        polling.set(false);
        poller.join(5000);
        producer.close(Duration.ofSeconds(5));
        List<String> reverse = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(reverse);
        for (String s : reverse) {
            services.get(s).close();
        }
    }
}
