package media.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process limit: parse, segment, enrich and summarize in one JVM with no Kafka and no
 * database. A manual harness: time-boxed warm-up first (JIT), then measured rounds.
 */
public final class InProcessBench {
    /** Per-episode medians (ms) of each stage. */
    public record EpisodeResult(Episode episode, int cues, int chapters, double[] stageMs, double totalMs) {
    }

    /** Throughput: episodes per second with one thread and with {@code threads} threads. */
    public record Throughput(double singleThread, int threads, double allThreads) {
    }

    private final Stages stages;

    public InProcessBench(Stages stages) {
        this.stages = stages;
    }

    public void warmUp(List<Episode> episodes, long millis) {
        long end = System.currentTimeMillis() + millis;
        int i = 0;
        do {
            stages.run(episodes.get(i++ % episodes.size()));
        } while (System.currentTimeMillis() < end || i < episodes.size());
    }

    /**
     * Runs the episodes round-robin for at least {@code minMillis}, then until this JVM's JIT compiler
     * threads used less than {@code settled} of its CPU over the last {@code windowMillis}, at most
     * {@code maxMillis}. Returns {elapsed ms, the JIT's share in the last window}; the share is NaN where
     * /proc cannot tell (the time-boxed warm-up then ends at {@code minMillis}).
     */
    public double[] warmUpUntilSettled(List<Episode> episodes, long minMillis, long maxMillis, long windowMillis,
                                       double settled) {
        long pid = ProcessHandle.current().pid();
        long start = System.currentTimeMillis();
        long windowStart = start;
        double cpuAtWindow = Machine.cpuMillis(pid);
        double jitAtWindow = Machine.jitCpuMillis(pid);
        double share = Double.NaN;
        int i = 0;
        while (true) {
            stages.run(episodes.get(i++ % episodes.size()));
            long now = System.currentTimeMillis();
            if (now - windowStart >= windowMillis) {
                double cpu = Machine.cpuMillis(pid);
                double jit = Machine.jitCpuMillis(pid);
                share = cpuAtWindow < 0 || jitAtWindow < 0 || cpu <= cpuAtWindow ? Double.NaN
                        : (jit - jitAtWindow) / (cpu - cpuAtWindow);
                windowStart = now;
                cpuAtWindow = cpu;
                jitAtWindow = jit;
            }
            boolean pastMin = now - start >= minMillis && i >= episodes.size();
            if (pastMin && (Double.isNaN(share) || share < settled) || now - start >= maxMillis) {
                return new double[] {now - start, share};
            }
        }
    }

    public List<EpisodeResult> perEpisode(List<Episode> episodes, int rounds) {
        return perEpisode(episodes, rounds, 0);
    }

    /** Per-stage medians over at least {@code rounds} runs of each episode and at least {@code minMillis} of runs. */
    public List<EpisodeResult> perEpisode(List<Episode> episodes, int rounds, long minMillis) {
        List<EpisodeResult> out = new ArrayList<>();
        for (Episode e : episodes) {
            List<List<Double>> perStage = new ArrayList<>();
            for (int s = 0; s < Stages.NAMES.length; s++) {
                perStage.add(new ArrayList<>());
            }
            List<Double> totals = new ArrayList<>();
            Stages.Timing last = null;
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(minMillis);
            for (int r = 0; r < rounds || System.nanoTime() < until; r++) {
                last = stages.run(e);
                perStage.get(0).add(Stats.ms(last.parse()));
                perStage.get(1).add(Stats.ms(last.segment()));
                perStage.get(2).add(Stats.ms(last.enrich()));
                perStage.get(3).add(Stats.ms(last.summarize()));
                totals.add(Stats.ms(last.total()));
            }
            double[] medians = perStage.stream().mapToDouble(Stats::median).toArray();
            out.add(new EpisodeResult(e, last.cues(), last.chapters(), medians, Stats.median(totals)));
        }
        return out;
    }

    /** Episodes per second over the mix, round-robin, for {@code millis} with 1 and with {@code threads} threads. */
    public Throughput throughput(List<Episode> episodes, long millis, int threads) throws Exception {
        return new Throughput(rate(episodes, millis, 1), threads, rate(episodes, millis, threads));
    }

    private double rate(List<Episode> episodes, long millis, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < deadline) {
                    stages.run(episodes.get(i++ % episodes.size()));
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return done.get() / (elapsed / 1e9);
    }

    /**
     * Scaling: one row per episode length, per-stage medians. The rows are measured interleaved: each
     * cycle runs every episode once, in order, for at least {@code cycles} cycles and {@code minMillis}
     * of cycles (after one unmeasured cycle), so that a change in the machine's speed during the series
     * (other work, frequency) lands on every row alike instead of on whichever row was being measured.
     */
    public List<EpisodeResult> scaling(List<Episode> byLength, int cycles, long minMillis) {
        int rows = byLength.size();
        List<List<List<Double>>> perStage = new ArrayList<>();
        List<List<Double>> totals = new ArrayList<>();
        Stages.Timing[] last = new Stages.Timing[rows];
        for (int e = 0; e < rows; e++) {
            List<List<Double>> stagesOfRow = new ArrayList<>();
            for (int s = 0; s < Stages.NAMES.length; s++) {
                stagesOfRow.add(new ArrayList<>());
            }
            perStage.add(stagesOfRow);
            totals.add(new ArrayList<>());
            stages.run(byLength.get(e));
        }
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(minMillis);
        for (int c = 0; c < cycles || System.nanoTime() < until; c++) {
            for (int e = 0; e < rows; e++) {
                Stages.Timing t = stages.run(byLength.get(e));
                last[e] = t;
                List<List<Double>> row = perStage.get(e);
                row.get(0).add(Stats.ms(t.parse()));
                row.get(1).add(Stats.ms(t.segment()));
                row.get(2).add(Stats.ms(t.enrich()));
                row.get(3).add(Stats.ms(t.summarize()));
                totals.get(e).add(Stats.ms(t.total()));
            }
        }
        List<EpisodeResult> out = new ArrayList<>();
        for (int e = 0; e < rows; e++) {
            double[] medians = perStage.get(e).stream().mapToDouble(Stats::median).toArray();
            out.add(new EpisodeResult(byLength.get(e), last[e].cues(), last[e].chapters(), medians, Stats.median(totals.get(e))));
        }
        return out;
    }
}
