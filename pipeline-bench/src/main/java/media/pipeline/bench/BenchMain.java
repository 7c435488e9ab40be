package media.pipeline.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import media.pipeline.localstack.LocalStack;
import media.pipeline.localstack.LocalStackOptions;

/**
 * Runs every benchmark and writes docs/performance.md. See docs/performance.md for the command.
 *
 * <pre>
 * BenchMain [--root DIR] [--data DIR] [--out FILE] [--only inprocess,scaling,pipeline,broker] [--quick]
 *           [--burst N] [--latency-count N] [--latency-every-ms MS] [--service-opts "JVM OPTIONS"] [--note TEXT]
 *           [--pipeline-warmup-ms MIN] [--pipeline-warmup-max-ms MAX] [--jit-settled SHARE] [--settle-bursts N]
 * </pre>
 */
public final class BenchMain {
    private static final double SEED_SECONDS = 26 * 60;

    private final Map<String, String> options = new LinkedHashMap<>();
    private final StringBuilder doc = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();
    /** Whether this JVM has run the domain stages for a full warm-up (section 1 or a first bracket). */
    private boolean harnessWarm;

    public static void main(String[] args) throws Exception {
        new BenchMain(args).run();
        System.exit(0);
    }

    private BenchMain(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quick")) {
                options.put("quick", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
    }

    private String opt(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private boolean quick() {
        return options.containsKey("quick");
    }

    private void run() throws Exception {
        Path root = Path.of(opt("root", ".")).toAbsolutePath().normalize();
        String dataEnv = System.getenv("PIPELINE_BENCH_DATA");
        Path data = Path.of(opt("data", dataEnv != null ? dataEnv : "/work/shared/bench-data"));
        Path out = root.resolve(opt("out", "docs/performance.md"));
        Set<String> only = new TreeSet<>(Arrays.asList(opt("only", "inprocess,scaling,pipeline,broker").split(",")));
        Corpus corpus = new Corpus(root, data);
        Stages stages = new Stages();
        List<Episode> seed = corpus.seedSized();
        String serviceOpts = opt("service-opts", System.getenv().getOrDefault("PIPELINE_JAVA_OPTS", "")).trim();
        // as bin/lib/service-jvm.sh's service_jvm_options (the harness runs on the services' JDK)
        List<String> jvm = new ArrayList<>(List.of("-Xms64m", "-Xmx256m", "-Xmn40m", "-XX:SurvivorRatio=3", "-XX:TargetSurvivorRatio=90",
                "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40"));
        if (Runtime.version().feature() >= 25) {
            jvm.addAll(List.of("-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=1000",
                    "--enable-native-access=ALL-UNNAMED", "-XX:-TieredCompilation", "-XX:CompileThresholdScaling=0.2"));
        }
        if (!serviceOpts.isEmpty()) {
            jvm.addAll(Arrays.asList(serviceOpts.split("\\s+")));
        }

        load("start");
        StringBuilder body = new StringBuilder();
        double inProcessLimit = Double.NaN;
        if (only.contains("inprocess")) {
            log("in-process: warm-up");
            InProcessBench bench = new InProcessBench(stages);
            bench.warmUp(seed, sectionWarmMs());
            harnessWarm = true;
            log("in-process: per-episode stages");
            List<InProcessBench.EpisodeResult> rows = bench.perEpisode(seed, quick() ? 3 : 15);
            int threads = Runtime.getRuntime().availableProcessors();
            log("in-process: throughput");
            InProcessBench.Throughput t = bench.throughput(seed, quick() ? 3_000 : 20_000, threads);
            inProcessLimit = Math.max(t.allThreads(), t.singleThread());
            load("after in-process");
            body.append(inProcessSection(rows, t));
        }
        if (only.contains("scaling")) {
            log("scaling");
            body.append(scalingSection(corpus, stages));
            load("after scaling");
        }
        if (only.contains("pipeline") || only.contains("broker")) {
            body.append(stackSections(root, corpus, stages, seed, jvm, only, inProcessLimit));
        }
        load("end");
        write(out, root, jvm, body);
        log("wrote " + out);
    }

    private String inProcessSection(List<InProcessBench.EpisodeResult> rows, InProcessBench.Throughput t) {
        StringBuilder b = new StringBuilder("## 1. In-process limit (no Kafka, no database)\n\n");
        b.append("Parse (ingest) → segment → enrich (segment-service) → summarize (publish) in one JVM, the services' own "
                + "domain objects. Median of the measured runs after a time-boxed warm-up, in ms.\n\n");
        b.append("| episode | min | cues | chapters | parse | segment | enrich | summarize | total |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (InProcessBench.EpisodeResult r : rows) {
            b.append("| ").append(r.episode().name()).append(" | ").append(r.episode().minutes()).append(" | ").append(r.cues())
                    .append(" | ").append(r.chapters());
            for (double v : r.stageMs()) {
                b.append(" | ").append(Stats.f(v));
            }
            b.append(" | **").append(Stats.f(r.totalMs())).append("** |\n");
        }
        b.append("\n| throughput over this mix (round-robin) | episodes/s |\n|---|---:|\n");
        b.append("| 1 thread | ").append(Stats.f(t.singleThread())).append(" |\n");
        b.append("| ").append(t.threads()).append(" threads (all cores) | ").append(Stats.f(t.allThreads())).append(" |\n");
        b.append("| **in-process limit** (the better of the two) | **").append(Stats.f(Math.max(t.allThreads(), t.singleThread())))
                .append("** |\n\n");
        return b.toString();
    }

    private String scalingSection(Corpus corpus, Stages stages) {
        double[] lengths = {15 * 60, 10 * 60, 30 * 60, 3600, 3 * 3600};
        StringBuilder b = new StringBuilder("## 5. Scaling with transcript length\n\n");
        b.append("Target: 3 h ≤ 12× the 15-min episode in every stage. Median ms per stage; the ratio to the 15-min row "
                + "is in parentheses, for the cues too: the first series repeats the sample's first 15 minutes, so each "
                + "row carries its length's multiple of the 15-min row's text and linear cost would be 12× at 3 h; the "
                + "second concatenates different lectures, whose text per minute varies. Each series is first run for at least 15 s, then until "
                + "the harness's JIT compiler threads use less than 5 % of its CPU over 10 s (at most 120 s; warm-ups "
                + "below the tables); then its rows are measured interleaved, in cycles that run each episode once (one unmeasured "
                + "cycle, then at least 10 cycles and 15 s), so that a drift in the machine's speed falls on all "
                + "rows alike.\n\n");
        InProcessBench bench = new InProcessBench(stages);
        List<List<Episode>> series = new ArrayList<>();
        series.add(Arrays.stream(lengths).mapToObj(corpus::sampleRepeated).toList());
        if (corpus.hasBenchData()) {
            series.add(Arrays.stream(lengths).mapToObj(corpus::lecturesConcatenated).toList());
        }
        boolean allMet = true;
        StringBuilder worst = new StringBuilder();
        List<String> warmUps = new ArrayList<>();
        for (List<Episode> s : series) {
            // the whole series, so that no row is measured on colder code, until the JIT has settled: the
            // long episodes run few times, and a series measured while C2 still compiles was off by ±30 %
            double[] warm = quick() ? bench.warmUpUntilSettled(s, 1000, 1000, 1000, 1)
                    : bench.warmUpUntilSettled(s, 15_000, 120_000, 10_000, 0.05);
            log("scaling: " + s.get(0).name() + " series warmed for " + Stats.f(warm[0] / 1000) + " s, JIT "
                    + (Double.isNaN(warm[1]) ? "share unknown" : Stats.pct(warm[1])) + " of the last 10 s");
            warmUps.add(Stats.f(warm[0] / 1000) + " s (JIT " + (Double.isNaN(warm[1]) ? "?" : Stats.pct(warm[1])) + ")");
            List<InProcessBench.EpisodeResult> rows = bench.scaling(s, quick() ? 1 : 10, quick() ? 0 : 15_000);
            InProcessBench.EpisodeResult base = rows.get(0);
            b.append("| episode | cues | chapters | parse | segment | enrich | summarize | total |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (InProcessBench.EpisodeResult r : rows) {
                b.append("| ").append(r.episode().name()).append(" | ").append(r.cues()).append(" (")
                        .append(ratio(r.cues(), base.cues())).append(") | ").append(r.chapters());
                for (int i = 0; i < 4; i++) {
                    b.append(" | ").append(Stats.f(r.stageMs()[i])).append(" (").append(ratio(r.stageMs()[i], base.stageMs()[i]))
                            .append(")");
                }
                b.append(" | ").append(Stats.f(r.totalMs())).append(" (").append(ratio(r.totalMs(), base.totalMs())).append(") |\n");
            }
            InProcessBench.EpisodeResult longest = rows.get(rows.size() - 1);
            for (int i = 0; i < 4; i++) {
                double ratio = longest.stageMs()[i] / Math.max(base.stageMs()[i], 0.001);
                if (ratio > 12) {
                    allMet = false;
                    worst.append(Stages.NAMES[i]).append(" ").append(Stats.f(ratio)).append("× (")
                            .append(longest.episode().name()).append("); ");
                }
            }
            b.append('\n');
        }
        b.append("Warm-up per series: ").append(String.join(", ", warmUps)).append(".\n\n");
        target("3 h ≤ 12× 15 min, every stage", allMet ? "yes, all stages" : worst.toString(), allMet);
        return b.toString();
    }

    private long bracketMs() {
        return quick() ? 1_000 : 10_000;
    }

    /** Section 1's warm-up, and that of the first bracket of a run without section 1. */
    private long sectionWarmMs() {
        return quick() ? 5_000 : 30_000;
    }

    private long bracketWarmMs() {
        return quick() ? 1_000 : 5_000;
    }

    /** The in-process limit measured in this JVM next to the burst, and the rest of the machine's CPU meanwhile. */
    private record Bracket(double single, double all, double otherCores, long warmMs) {
        double limit() {
            return Math.max(single, all);
        }

        String text() {
            return Stats.f(single) + " / " + Stats.f(all);
        }
    }

    private Bracket bracket(Stages stages, List<Episode> seed, String when) throws Exception {
        log("pipeline: in-process limit " + when + " the burst");
        InProcessBench bench = new InProcessBench(stages);
        // a run without section 1 gets here with the domain stages never run in this JVM: after the bracket's short
        // re-warm it was still compiling them (3.6-6.4 episodes/s on one thread before the burst, 8.4-9.7 after)
        long warmMs = harnessWarm ? bracketWarmMs() : sectionWarmMs();
        bench.warmUp(seed, warmMs);
        harnessWarm = true;
        long self = ProcessHandle.current().pid();
        double busy0 = Machine.busyMillis();
        double own0 = Machine.cpuMillis(self);
        long t0 = System.nanoTime();
        InProcessBench.Throughput t = bench.throughput(seed, bracketMs(), Runtime.getRuntime().availableProcessors());
        double elapsedMs = (System.nanoTime() - t0) / 1e6;
        double others = (Machine.busyMillis() - busy0) - (Machine.cpuMillis(self) - own0);
        double otherCores = busy0 < 0 ? Double.NaN : Math.max(0, others) / elapsedMs;
        return new Bracket(t.singleThread(), t.allThreads(), otherCores, warmMs);
    }

    private static String ratio(double v, double base) {
        return Stats.f(v / Math.max(base, 0.001)) + "×";
    }

    private String stackSections(Path root, Corpus corpus, Stages stages, List<Episode> seed, List<String> jvm,
                                 Set<String> only, double limit) throws Exception {
        StringBuilder b = new StringBuilder();
        Path work = root.resolve("pipeline-bench/target/bench-run");
        log("starting Kafka and PostgreSQL (embedded)");
        long t0 = System.nanoTime();
        try (LocalStack stack = LocalStack.start(new LocalStackOptions("embedded", work.resolve("stack"), 0, 0, false))) {
            stack.createPipelineTopics(3);
            long stackMs = (System.nanoTime() - t0) / 1_000_000;
            if (only.contains("pipeline")) {
                b.append(pipelineSection(root, corpus, stages, seed, jvm, stack, work.resolve("logs"), limit, stackMs));
            }
            if (only.contains("broker")) {
                b.append(brokerSection(stack, stages, seed, work.resolve("logs")));
            }
        }
        return b.toString();
    }

    private String pipelineSection(Path root, Corpus corpus, Stages stages, List<Episode> seed, List<String> jvm,
                                   LocalStack stack, Path logs, double limit, long stackMs) throws Exception {
        StringBuilder b = new StringBuilder();
        int burst = Integer.parseInt(opt("burst", quick() ? "8" : "200"));
        int latencyCount = Integer.parseInt(opt("latency-count", quick() ? "5" : "40"));
        long every = Long.parseLong(opt("latency-every-ms", "2000"));
        Episode small = corpus.sampleHead(4 * 60);
        try (PipelineBench bench = new PipelineBench(root, stack, jvm, logs)) {
            log("starting the services one by one");
            List<PipelineBench.Startup> startups = bench.startServices();
            load("services ready");
            // warm-up: pipeline-warmup-ms (180 s), then until the JIT has settled (its compiler threads below
            // jit-settled of the services' CPU over a 10 s window), at most pipeline-warmup-max-ms. The JIT share alone
            // is no sign of warm code with C2 only: at 77 s it was 9 % while methods still ran interpreted (the
            // services' CPU per episode then ~1.7x what it was after 180 s), so the minimum is the whole 180 s.
            // Settled means below 5 %, the harness's own criterion for its scaling series: with 10 % and a 180 s cap the
            // services still compiled 20 ms per episode inside the burst (once-per-episode methods reach C2's threshold
            // only after thousands of episodes), and the machine spent 193 ms per episode; run to 5 % (345 s), 164 ms.
            long minWarmMs = Long.parseLong(opt("pipeline-warmup-ms", quick() ? "3000" : "180000"));
            long maxWarmMs = Math.max(minWarmMs, Long.parseLong(opt("pipeline-warmup-max-ms", quick() ? "6000" : "420000")));
            double settled = Double.parseDouble(opt("jit-settled", "0.05"));
            log("pipeline: warm-up, " + minWarmMs + "-" + maxWarmMs + " ms of bursts, until JIT < " + Stats.pct(settled)
                    + " of the services' CPU");
            long warmStart = System.currentTimeMillis();
            long windowStart = warmStart;
            double[] windowCpu = bench.servicesCpuMillis();
            double jitShare = Double.NaN;
            int warmed = 0;
            int warmBurst = quick() ? 4 : 12;
            while (true) {
                bench.burst(seed, warmBurst, Duration.ofMinutes(10));
                warmed += warmBurst;
                long now = System.currentTimeMillis();
                if (now - windowStart >= 10_000 || now - warmStart >= maxWarmMs) {
                    double[] cpu = bench.servicesCpuMillis();
                    jitShare = (cpu[1] - windowCpu[1]) / Math.max(1, cpu[0] - windowCpu[0]);
                    windowCpu = cpu;
                    windowStart = now;
                    boolean done = now - warmStart >= minWarmMs && jitShare < settled;
                    if (done || now - warmStart >= maxWarmMs) {
                        break;
                    }
                }
            }
            // the latency section's small episode, before the bursts below: its first few hit branches the seed-sized
            // episodes never take, and C2 deoptimises the methods that hold them (15 / 52 / 41 deoptimisations in
            // ingest / segment / publish after 5 such episodes, JFR) and compiles them again as soon as load returns,
            // ~3.4 s of JIT CPU. Run just before the measured burst (as it was until 2026-12-08), the measured burst
            // paid that: 7-11 ms of JIT per episode against ~2 % of the services' CPU in the burst before it.
            bench.latency(small, quick() ? 2 : 5, 200, Duration.ofMinutes(2));
            // then unmeasured bursts of the measured size: 200 queued episodes take code paths that bursts of 12
            // never reach (consumers pausing and resuming at their prefetch limit, the outbox relay draining full
            // batches); in a run without one, segment-service's C2 compiled ~220 methods, ~3.5 s of CPU, inside the
            // measured burst, that the warm-up had never run. After a shorter warm-up (900 episodes, by hand) one was not
            // enough either: each burst of 200 pushed 130-320 new methods per service over C2's threshold (JFR, no
            // method compiled twice), and it took 5 such bursts to fall under 5 % (docs/performance-fixes.md,
            // "2026-12-08, morning"). So: until one burst's JIT share is under jit-settled, at most settle-bursts.
            int settleBursts = Integer.parseInt(opt("settle-bursts", quick() ? "1" : "8"));
            int bigBursts = 0;
            double burstJit = Double.NaN;
            while (bigBursts < settleBursts) {
                log("pipeline: unmeasured burst of " + burst);
                PipelineBench.Burst settling = bench.burst(seed, burst, Duration.ofMinutes(20));
                bigBursts++;
                warmed += burst;
                burstJit = settling.jitShare();
                log("pipeline: JIT " + Stats.pct(burstJit) + " of the services' CPU in that burst");
                if (burstJit < settled) {
                    break;
                }
            }
            long warmUpMs = System.currentTimeMillis() - warmStart;
            log("pipeline: warmed with " + warmed + " episodes in " + warmUpMs + " ms, JIT " + Stats.pct(jitShare)
                    + " of the services' CPU in the last window of bursts of " + warmBurst + ", " + Stats.pct(burstJit)
                    + " in the last of " + bigBursts + " bursts of " + burst);
            Bracket before = bracket(stages, seed, "before");
            log("pipeline: burst of " + burst);
            PipelineBench.Burst result = bench.burst(seed, burst, Duration.ofMinutes(20));
            load("after burst");
            Bracket after = bracket(stages, seed, "after");
            Map<String, Double> restAfter = new LinkedHashMap<>();
            log("pipeline: latency, " + latencyCount + " episodes every " + every + " ms");
            PipelineBench.Latency latency = bench.latency(small, latencyCount, every, Duration.ofMinutes(5));
            load("after latency");
            bench.services().forEach((n, p) -> restAfter.put(n, p.rssMb()));

            b.append("## 2. The pipeline (Kafka + PostgreSQL + three service JVMs)\n\n");
            b.append("Embedded Kafka (child JVM, 3 partitions per topic) and PostgreSQL started in ").append(stackMs)
                    .append(" ms. Services started from `*/target/quarkus-app/quarkus-run.jar` with `")
                    .append(String.join(" ", jvm)).append("`, on free ports.\n\n");
            b.append("**Throughput:** ").append(result.episodes()).append(" seed-sized episodes (the in-process mix, round-robin; "
                    + "distinct ids and air dates) sent at once to `episodes.new.v1`, timed until the last ChaptersPublished "
                    + "arrived on `summaries.published.v1`, after ").append(warmed)
                    .append(" warm-up episodes in ").append(warmUpMs / 1000)
                    .append(" s: bursts of ").append(warmBurst).append(" for at least ").append(minWarmMs / 1000)
                    .append(" s, then until the services' JIT compiler threads use less than ").append(Stats.pct(settled))
                    .append(" of their CPU over 10 s, at most ").append(maxWarmMs / 1000).append(" s (in the last 10 s they used ")
                    .append(Stats.pct(jitShare)).append("), then unmeasured bursts of ").append(burst)
                    .append(" like the measured one, whose queues take code paths the small bursts never reach (after a few of the latency "
                    + "section's small episodes, whose first runs make C2 deoptimise and recompile methods), until the JIT "
                    + "used less than ").append(Stats.pct(settled)).append(" of the services' CPU in one of them, at most ")
                    .append(settleBursts).append(" (").append(bigBursts).append(" ran, the last at ").append(Stats.pct(burstJit))
                    .append("). "
                    + "Three JVMs sharing two cores take minutes to compile their hot code "
                    + "(each compiles the Kafka, JDBC, JSON and HTTP code as well as its own stage; the services run C2 without "
                    + "tiers, so a method runs interpreted until it is hot), where the in-process JVM has settled after its "
                    + "warm-up: both figures are meant to compare steady states.\n\n");
            b.append("| measure | value |\n|---|---:|\n");
            b.append("| episodes | ").append(result.episodes()).append(" |\n");
            b.append("| seconds, first send → last published | ").append(Stats.f(result.seconds())).append(" |\n");
            b.append("| **pipeline episodes/s** | **").append(Stats.f(result.episodesPerSecond())).append("** |\n");
            double bracketLimit = (before.limit() + after.limit()) / 2;
            b.append("| in-process limit just before the burst (1 thread / all cores) | ").append(before.text()).append(" |\n");
            b.append("| in-process limit just after the burst (1 thread / all cores) | ").append(after.text()).append(" |\n");
            b.append("| **in-process limit around the burst** (mean of the two) | **").append(Stats.f(bracketLimit)).append("** |\n");
            double ratio = result.episodesPerSecond() / bracketLimit;
            b.append("| **pipeline / in-process limit around the burst** | **").append(Stats.pct1(ratio)).append("** |\n");
            if (!Double.isNaN(limit)) {
                b.append("| in-process limit of section 1, minutes earlier | ").append(Stats.f(limit)).append(" |\n");
                b.append("| pipeline / in-process limit of section 1 | ").append(Stats.pct1(result.episodesPerSecond() / limit))
                        .append(" |\n");
            }
            b.append('\n');
            b.append("The target's ratio divides by the in-process limit measured in this harness JVM just before and just after "
                    + "the burst (").append(bracketMs() / 1000).append(" s with 1 thread and ").append(bracketMs() / 1000)
                    .append(" s with all cores each time, after a ").append(after.warmMs() / 1000).append(" s re-warm")
                    .append(before.warmMs() == after.warmMs() ? "" : ", " + before.warmMs() / 1000
                            + " s before the first, as section 1 did not run").append("), "
                    + "with the services, Kafka and PostgreSQL up and idle. This shared machine's speed drifts within minutes "
                    + "(docs/performance-fixes.md), so a limit measured minutes away from the burst compares the pipeline with "
                    + "another machine; the mean of the two sides cancels a steady drift. Meanwhile the rest of the machine used ").append(Stats.pct(before.otherCores())).append(" and ")
                    .append(Stats.pct(after.otherCores())).append(" of one core.\n\n");
            b.append("Mean time inside each service's stage timer (`pipeline.stage.duration`, domain work only) during the burst, ms: ");
            result.meanStageMs().forEach((n, v) -> b.append(n).append(" ").append(Stats.f(v)).append(", "));
            b.setLength(b.length() - 2);
            b.append(".\n\n");
            b.append("CPU time per episode during the burst (/proc, user + system), ms: ");
            result.cpuMsPerEpisode().forEach((n, v) -> b.append(n).append(" ").append(Stats.f(v)).append(", "));
            b.setLength(b.length() - 2);
            b.append("; of which the services' JIT compiler threads: ");
            result.jitMsPerEpisode().forEach((n, v) -> b.append(n).append(" ").append(Stats.f(v)).append(", "));
            b.setLength(b.length() - 2);
            b.append(" (*other processes* = whatever else ran on the machine, not the pipeline, the machine's total less the "
                    + "parts, which are read one after another, so a value within ±1 ms of 0 is nothing; *machine* = all; ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores give ")
                    .append(Runtime.getRuntime().availableProcessors() * 1000).append(" ms per second).\n\n");
            target("pipeline throughput ≥ 50 % of in-process limit", Stats.pct1(ratio) + " (" + Stats.f(result.episodesPerSecond())
                    + " vs " + Stats.f(bracketLimit) + " episodes/s around the burst)", ratio >= 0.5);

            b.append("**Latency at light load:** ").append(latency.count()).append(" episodes, one every ").append(every)
                    .append(" ms, each `").append(small.name()).append("` (").append(small.minutes()).append(" min, ")
                    .append(small.bytes().length / 1024).append(" KiB). From the send to the ChaptersPublished record's "
                    + "timestamp (set by publish-service's producer).\n\n");
            b.append("| p50 ms | p90 ms | p99 ms | max ms | mean to consumer ms |\n|---:|---:|---:|---:|---:|\n");
            b.append("| **").append(Stats.f(latency.p50())).append("** | ").append(Stats.f(latency.p90())).append(" | **")
                    .append(Stats.f(latency.p99())).append("** | ").append(Stats.f(latency.max())).append(" | ")
                    .append(Stats.f(latency.meanReceiveMs())).append(" |\n\n");
            if (latency.count() < 100) {
                b.append("With ").append(latency.count()).append(" samples p99 is the largest or second-largest sample.\n\n");
            }
            target("latency p50 ≤ 300 ms (small episode, light load)", Stats.f(latency.p50()) + " ms", latency.p50() <= 300);
            target("latency p99 ≤ 1 s", Stats.f(latency.p99()) + " ms", latency.p99() <= 1000);

            b.append("## 4. Start-up and memory per service\n\n");
            b.append("Each service started alone (the others already up and idle), from process launch to the first 200 of "
                    + "`/q/health/ready` (polled every 20 ms); Quarkus' own \"started in\" from its log. RSS = VmRSS.\n\n");
            b.append("| service | launch → ready ms | Quarkus started in ms | RSS at rest MB | RSS max under burst MB | RSS after load MB |\n"
                    + "|---|---:|---:|---:|---:|---:|\n");
            boolean startMet = true;
            boolean rssMet = true;
            StringBuilder startText = new StringBuilder();
            StringBuilder rssText = new StringBuilder();
            for (PipelineBench.Startup s : startups) {
                double max = result.maxRssMb().getOrDefault(s.service(), Double.NaN);
                b.append("| ").append(s.service()).append(" | ").append(s.readyMs()).append(" | ").append(s.quarkusMs())
                        .append(" | ").append(Stats.f(s.restRssMb())).append(" | ").append(Stats.f(max)).append(" | ")
                        .append(Stats.f(restAfter.getOrDefault(s.service(), Double.NaN))).append(" |\n");
                startMet &= s.readyMs() <= 2000;
                rssMet &= max <= 250;
                startText.append(s.service()).append(" ").append(s.readyMs()).append(" ms; ");
                rssText.append(s.service()).append(" ").append(Stats.f(max)).append(" MB; ");
            }
            b.append('\n');
            target("each service ready ≤ 2 s (JVM mode)", startText.toString(), startMet);
            target("each service ≤ 250 MB RSS under load", rssText.toString(), rssMet);
        }
        return b.toString();
    }

    private String brokerSection(LocalStack stack, Stages stages, List<Episode> seed, Path logs) throws Exception {
        log("broker ceiling (ProducerPerformance)");
        int[] sizes = stages.eventSizes(seed.get(0));
        stack.createTopic("bench.producer-performance", 3);
        String[] labels = {"EpisodeAnnounced", "TranscriptIngested", "SegmentsEnriched", "ChaptersPublished"};
        StringBuilder b = new StringBuilder("## 3. Raw broker ceiling\n\n");
        b.append("`org.apache.kafka.tools.ProducerPerformance` (kafka-tools ").append("4.1.2")
                .append(") in a child JVM against the same embedded broker (services stopped), `acks=all` like the services' "
                        + "producers, no compression (its payload is random, incompressible), record size = the JSON size of "
                        + "each event of the sample episode.\n\n");
        b.append("| event (sample episode) | record bytes | records | records/s | MB/s | avg send latency ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < 4; i++) {
            int records = quick() ? 200 : Math.max(500, Math.min(5000, 200_000_000 / Math.max(sizes[i], 1)));
            BrokerBench.Result r = BrokerBench.run(stack.kafkaBootstrapServers(), "bench.producer-performance", labels[i],
                    sizes[i], records, logs);
            b.append("| ").append(labels[i]).append(" | ").append(sizes[i]).append(" | ").append(records).append(" | ")
                    .append(Stats.f(r.recordsPerSecond())).append(" | ").append(Stats.f(r.mbPerSecond())).append(" | ")
                    .append(Stats.f(r.avgLatencyMs())).append(" |\n");
        }
        load("after broker");
        b.append("\nThe broker moves each of our events hundreds to thousands of times per second; it is not what limits "
                + "the pipeline (compare with section 2).\n\n");
        return b.toString();
    }

    /** The commit the benchmark ran on and whether the work tree had uncommitted changes. */
    static String sources(Path root) {
        String commit = git(root, "rev-parse", "--short=12", "HEAD");
        String branch = git(root, "rev-parse", "--abbrev-ref", "HEAD");
        String status = git(root, "status", "--porcelain", "--untracked-files=no");
        if (commit == null) {
            return "unknown (not a git work tree)";
        }
        return "commit `" + commit + "`" + (branch == null ? "" : " (" + branch + ")")
                + (status == null || status.isEmpty() ? ", no uncommitted changes" : ", **with uncommitted changes**");
    }

    private static String git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * How the services were packaged (bin/lib/service-jvm.sh, service_build_options): Quarkus' aot-jar starts from
     * {@code AotQuarkusEntryPoint}, its fast-jar from {@code QuarkusEntryPoint}; start-up and RSS differ between them.
     */
    static String packaging(Path root) {
        List<String> kinds = new ArrayList<>();
        for (String service : List.of("ingest", "segment", "publish")) {
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            String kind = "not built";
            if (Files.isRegularFile(jar)) {
                try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                    java.util.jar.Manifest manifest = file.getManifest();
                    String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
                    kind = main == null ? "unknown (no Main-Class)"
                            : main.endsWith(".AotQuarkusEntryPoint") ? "aot-jar" : "fast-jar";
                } catch (java.io.IOException e) {
                    kind = "unreadable (" + e.getMessage() + ")";
                }
            }
            kinds.add(service + " " + kind);
        }
        return String.join(", ", kinds);
    }

    private void write(Path out, Path root, List<String> jvm, StringBuilder body) throws Exception {
        StringBuilder d = new StringBuilder();
        d.append("# Performance\n\n");
        d.append("Generated by the benchmark harness (`pipeline-bench`); do not edit by hand, re-run it:\n\n```bash\n"
                + "bin/bench            # builds what it needs, runs everything, rewrites docs/performance.md (~20–25 min)\n"
                + "bin/bench --quick    # smaller runs, for checking the harness\n```\n\n");
        d.append("Profiling notes, the fixes made and their before/after numbers: [performance-fixes.md](performance-fixes.md).\n\n");
        d.append("- **Date:** ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append('\n');
        d.append("- **Machine:** ").append(Machine.summary()).append('\n');
        // two runs are comparable only on the same sources: the chapter counts of docs/performance.md and
        // docs/performance-baseline.md differed (37 vs 21 for 3 h) because one run had a segmenter without
        // the estimated chapter count
        d.append("- **Sources:** ").append(sources(root)).append('\n');
        d.append("- **Segmentation options:** `").append(new Stages().options()).append("`\n");
        d.append("- **Load average (1 min) during the run:** ").append(String.join(", ", loads)).append('\n');
        d.append("- **Service JVM options:** `").append(String.join(" ", jvm)).append("`\n");
        d.append("- **Service packaging:** ").append(packaging(root)).append('\n');
        d.append("- **Harness JVM:** ").append(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments())).append('\n');
        if (options.containsKey("note")) {
            d.append("- **Note:** ").append(opt("note", "")).append('\n');
        }
        if (quick()) {
            d.append("- **QUICK RUN** (`--quick`): few iterations, numbers are indicative only\n");
        }
        d.append("\nThe machine is shared (other engineers' builds run on it): a load average above the core count means "
                + "the benchmark got only part of the CPU, and every figure here is then pessimistic and noisy. See the "
                + "noise note in performance-fixes.md.\n\n");
        d.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (String[] t : targets) {
            d.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" |\n");
        }
        d.append('\n').append(body);
        Files.createDirectories(out.getParent());
        Files.writeString(out, d.toString(), StandardCharsets.UTF_8);
    }

    private void target(String name, String measured, boolean met) {
        targets.add(new String[] {name, measured, met ? "**yes**" : "**no**"});
    }

    private void load(String when) {
        loads.add(String.format(Locale.ROOT, "%s %.1f", when, Machine.load()));
    }

    private static void log(String message) {
        System.err.println("bench: " + message);
    }
}
