package media.pipeline.segment.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import media.pipeline.contracts.Segment;
import media.pipeline.segment.domain.BoundaryMethod;
import media.pipeline.segment.domain.ChapterSegmenter;
import media.pipeline.segment.domain.Granularity;
import media.pipeline.segment.domain.SegmentationOptions;

/**
 * Pk / WindowDiff of {@link ChapterSegmenter} against human boundaries, next to two baselines (no
 * boundary; evenly spaced boundaries, as many as the hypothesis has), averaged per dataset, written as
 * Markdown. Run from the repository root:
 *
 * <pre>./mvnw -B -ntp -q -pl segment-service test-compile exec:java@segmentation-benchmark</pre>
 *
 * Options: {@code --repo-root=DIR} (default: working directory), {@code --bench-data=DIR} (default
 * {@code <repo-root>/../shared/bench-data}), {@code --sample=FILE}, {@code --out=FILE} (default
 * {@code <repo-root>/docs/segmentation-benchmark.md}), {@code --no-write}.
 */
public final class SegmentationBenchmark {
    static final String COMMAND = "./mvnw -B -ntp -q -pl segment-service test-compile exec:java@segmentation-benchmark";

    record Score(String dataset, String split, String name, String method, Granularity granularity, int refSegments,
                 int hypSegments, double pk, double wd, double pkNone, double wdNone, double pkEven,
                 double wdEven) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                opt.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
        }
        Path root = Path.of(opt.getOrDefault("repo-root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(opt.getOrDefault("bench-data", root.resolve("../shared/bench-data").toString()))
                .toAbsolutePath().normalize();
        Path sample = Path.of(opt.getOrDefault("sample",
                root.resolve("../shared/samples/tech-co-2025-10-21-dailymotion.txt").toString()))
                .toAbsolutePath().normalize();
        Path out = Path.of(opt.getOrDefault("out", root.resolve("docs/segmentation-benchmark.md").toString()));

        ChapterSegmenter segmenter = new ChapterSegmenter();
        List<Score> scores = new ArrayList<>();
        List<BenchDatasets.Doc> docs = new ArrayList<>();
        Path treeseg = data.resolve("treeseg_tinyrec");
        Path pastel = data.resolve("pastel_fr");
        if (Files.isDirectory(treeseg)) {
            docs.addAll(BenchDatasets.treeseg(treeseg, "coarse", Granularity.NORMAL));
            docs.addAll(BenchDatasets.treeseg(treeseg, "fine", Granularity.FINE));
        } else {
            System.err.println("missing " + treeseg);
        }
        if (Files.isDirectory(pastel)) {
            docs.addAll(BenchDatasets.pastel(pastel, "gran2_start", Granularity.COARSE));
            docs.addAll(BenchDatasets.pastel(pastel, "gran1_start", Granularity.FINE));
        } else {
            System.err.println("missing " + pastel);
        }
        long t = System.nanoTime();
        for (String method : CONFIGURATIONS) {
            for (BenchDatasets.Doc d : docs) {
                List<Segment> segs = segmenter.segment(d.cues(), d.metadata(), List.of(),
                        options(SegmentationOptions.of(d.granularity()), method));
                scores.add(score(d.dataset(), d.split(), d.name(), method, d.granularity(),
                        d.reference(), hypothesis(segs), d.t0(), d.t1()));
                System.out.printf(Locale.ROOT, "%-10s %-24s %-46s ref %2d hyp %2d  Pk %.3f WD %.3f | none %.3f even %.3f%n",
                        method, d.dataset(), d.name(), d.reference().size() + 1, segs.size(), last(scores).pk,
                        last(scores).wd, last(scores).pkNone, last(scores).pkEven);
            }
        }
        List<String> sampleLines = new ArrayList<>();
        if (Files.isRegularFile(sample)) {
            TimedTranscriptPage.Page page = TimedTranscriptPage.read(sample);
            SampleReference ref = SampleReference.load();
            double t0 = page.cues().get(0).start();
            double t1 = page.cues().stream().mapToDouble(c -> c.end()).max().orElse(t0);
            for (String method : CONFIGURATIONS) {
                List<Segment> other = segmenter.segment(page.cues(), ref.metadata(), List.of(),
                        options(SegmentationOptions.defaults(), method));
                scores.add(score("sample tech-co (fr)", "test", sample.getFileName().toString(), method,
                        Granularity.NORMAL, ref.boundaries(), hypothesis(other), t0, t1));
            }
            List<Segment> segs = segmenter.segment(page.cues(), ref.metadata(), List.of(), SegmentationOptions.defaults());
            for (Segment s : segs) {
                sampleLines.add(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s |", s.index(), mmss(s.start()),
                        mmss(s.end()), s.kind(), abbreviate(s.sentences().get(0).text())));
            }
        } else {
            System.err.println("missing " + sample);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        String md = markdown(scores, sampleLines, data, seconds);
        System.out.println(md);
        if (!opt.containsKey("no-write")) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md, StandardCharsets.UTF_8);
            System.out.println("written " + out);
        }
    }

    /**
     * Benchmarked configurations: the default, the default without the cohesion check (the previous
     * default), the fixed chapter count, TextTiling depth.
     */
    static final List<String> CONFIGURATIONS = List.of("LIKELIHOOD", "LIKELIHOOD_NO_AGREEMENT",
            "LIKELIHOOD_FIXED_COUNT", "DEPTH");

    static SegmentationOptions options(SegmentationOptions base, String configuration) {
        return switch (configuration) {
            case "LIKELIHOOD" -> base.withMethod(BoundaryMethod.LIKELIHOOD);
            case "LIKELIHOOD_NO_AGREEMENT" -> base.withMethod(BoundaryMethod.LIKELIHOOD).withCohesionAgreement(false);
            case "LIKELIHOOD_FIXED_COUNT" -> base.withMethod(BoundaryMethod.LIKELIHOOD).withEstimatedCount(false);
            case "DEPTH" -> base.withMethod(BoundaryMethod.DEPTH);
            default -> throw new IllegalArgumentException(configuration);
        };
    }

    static List<Double> hypothesis(List<Segment> segments) {
        return segments.stream().skip(1).map(Segment::start).toList();
    }

    static Score score(String dataset, String split, String name, String method, Granularity g, List<Double> ref, List<Double> hyp,
                       double t0, double t1) {
        List<Double> even = new ArrayList<>();
        for (int i = 1; i <= hyp.size(); i++) {
            even.add(t0 + i * (t1 - t0) / (hyp.size() + 1));
        }
        return new Score(dataset, split, name, method, g, ref.size() + 1, hyp.size() + 1,
                TimeAxisMetrics.pk(ref, hyp, t0, t1), TimeAxisMetrics.windowDiff(ref, hyp, t0, t1),
                TimeAxisMetrics.pk(ref, List.of(), t0, t1), TimeAxisMetrics.windowDiff(ref, List.of(), t0, t1),
                TimeAxisMetrics.pk(ref, even, t0, t1), TimeAxisMetrics.windowDiff(ref, even, t0, t1));
    }

    private static String markdown(List<Score> scores, List<String> sampleLines, Path data, double seconds) {
        StringBuilder sb = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        sb.append("# Segmentation benchmark\n\n");
        sb.append("Generated by `media.pipeline.segment.bench.SegmentationBenchmark` (segment-service tests).\n\n");
        sb.append("- Date: ").append(LocalDate.now()).append('\n');
        sb.append("- Machine: ").append(rt.availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append("), ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append('\n');
        sb.append(String.format(Locale.ROOT, "- Segmentation time, all documents: %.1f s%n", seconds));
        sb.append("- Reproduce, from the repository root (data in `../shared/bench-data`, override with "
                + "`-Dexec.args=\"--repo-root=$PWD --bench-data=DIR --sample=FILE\"`):\n\n");
        sb.append("```\n").append(COMMAND).append("\n```\n\n");
        sb.append("## Method\n\n");
        sb.append("- Metrics on the **time axis**, sampled every second from the first cue start to the last cue end. "
                + "Pk probe distance k = half the mean reference segment length (seconds), per document. "
                + "WindowDiff with the same k. Lower is better; 0 is perfect.\n");
        sb.append("- Baselines: *none* = no boundary at all; *even* = as many boundaries as the hypothesis, evenly "
                + "spaced in time.\n");
        sb.append("- Hypothesis: `ChapterSegmenter` with `SegmentationOptions.of(granularity)`, no chapter hints, no "
                + "announced topics (the corpora have none) except for the sample. Granularity per reference level: "
                + "TreeSeg coarse → NORMAL (12/h), TreeSeg fine → FINE (30/h), PASTEL gran_2 (lecture chapters) → "
                + "COARSE (6/h), PASTEL gran_1 → FINE.\n");
        sb.append("- Reference boundaries: starts of the annotated segments (TreeSeg: start time of each segment's "
                + "first entry; PASTEL: start of lines flagged `gran2_start`/`gran1_start`), excluding the document "
                + "start. Sample: `segment-service/src/test/resources/bench/tech-co-2025-10-21.reference.txt`.\n");
        sb.append("- Splits: TreeSeg `dev` (5) / `test` (16) as distributed. PASTEL has no dev split: its two first "
                + "lectures by date (Higuera, Daille; `BenchDatasets.PASTEL_TUNE`) are declared **tuning** documents "
                + "(`tune`), the four others are held out (`test`). The rule was fixed before any PASTEL-based choice; "
                + "the per-document scores of all six had been seen in earlier versions of this page.\n");
        sb.append("- Configurations: *LIKELIHOOD* = the default (`SegmentationOptions.of(granularity)`): "
                + "Utiyama-Isahara dynamic programming with each chapter's words scored by their Dirichlet(α = 1) "
                + "marginal likelihood, the chapter count chosen by that evidence plus the paper's (K−1)·log N "
                + "boundary prior and a Poisson prior whose mean is the granularity's count; then `CohesionAgreement`: "
                + "a boundary is kept only where the TextTiling depth curve (block = the granularity's) has, within "
                + "its smoothing width (2 gaps), a valley at least as deep as the episode's average valley (mean of "
                + "the depth peaks, the cut-off `BoundarySelector` already used), or where a transition marker or an "
                + "announced topic backs it; *LIKELIHOOD_NO_AGREEMENT* = the same without that check (the previous "
                + "default); *LIKELIHOOD_FIXED_COUNT* = cut into exactly the granularity's count "
                + "(`withEstimatedCount(false)`, no check); *DEPTH* = TextTiling depth scores, greedy selection. "
                + "All share the analyzer, whose French stop set now also holds *est, sommes, as, fût* (Snowball "
                + "leaves them out as homonyms of east/sums/ace/tap; *est* was 8 % of the French content terms).\n");
        sb.append("- Tuning, earlier rounds (5 TreeSeg `dev__` files with `DevRun`; the sample's constraints "
                + "checked): lexical block width; α (0.05–4, 1 best, also the paper's Laplace prior); count estimation "
                + "and the form of its prior (U&I log N per boundary, uniform-over-gaps, Poisson: all within 0.005); "
                + "rejected: rewards for speaker turns and pauses, snapping boundaries to the longest pause.\n");
        sb.append("- Tuning, this round (`DevRun`: TreeSeg dev + PASTEL tune; never the test documents). Kept: the "
                + "French stop words above (PASTEL gran_2 tune 0.289 → 0.163, TreeSeg unchanged: English) and the "
                + "cohesion check (TreeSeg coarse dev 0.252 → 0.237, fine 0.370 → 0.379, PASTEL gran_2 tune "
                + "0.163 → 0.107, gran_1 tune 0.493 → 0.454; its tolerance 1–3 gaps all alike). Tried and rejected on "
                + "those documents: dropping terms seen once or twice in the episode; a Dirichlet prior centred on "
                + "the episode's word distribution (β 50–1000: over-segments when the count is estimated, mixed at "
                + "a fixed count); α chosen per episode by empirical Bayes (grid 0.25–4: picks small α, "
                + "over-segments); α 0.5–2 and the boundary prior ×0.7–1.3 again (noise, ±0.03); lexical depth as an "
                + "additive reward in the dynamic programme (0.1–1 nats/term: over-segments); moving each boundary "
                + "to the cohesion minimum within 15–60 s (moves the sample's sharp boundaries); one count per term "
                + "and sentence; word bigrams; the speaker as a term; spelled-out numbers as stop words (worse on "
                + "one dev session); keeping only bursty terms (variance/mean over blocks > 1); longer maximum "
                + "(×2–10) and shorter minimum (target/3–/10) chapter lengths; marker reward ×0–4.\n");
        sb.append("- **Caveat / held-out outcome** (seen after the choices above, not acted on): TreeSeg coarse test "
                + "is unchanged (0.385 → 0.384) and still worse than *none*; TreeSeg dev is 5 short, mostly "
                + "one-speaker sessions and has never predicted the test split well (the fixed count, worse on dev, "
                + "is better on test). PASTEL gran_2 held out: 0.548 (previous default, these 4 lectures) → 0.423, "
                + "still worse than *none* (0.328): lecture 20140911_Bourdon has a single chapter boundary in 65 min "
                + "(*none* = 0.156) and any chapter-level cut scores ≈ 0.8 there. An ablation run after the fact: "
                + "without the new French stop words the held-out PASTEL gran_2 would be 0.384 and the sample 0.002 "
                + "(5 chapters) instead of 0.224 (7 chapters, 2 extra cuts inside the long topics); the stop words "
                + "were kept because the choice was made on the tuning documents and on principle. Fine levels are "
                + "slightly worse than before (TreeSeg fine test 0.418 → 0.423, PASTEL gran_1 held out 0.440 → "
                + "0.460): the check removes boundaries, and fine references have many. Previous defaults on test: "
                + "this page before this round (TreeSeg coarse 0.385, fine 0.418, PASTEL gran_2 all 6 0.462, "
                + "gran_1 0.438, sample 0.002); commit a65a37f (TreeSeg coarse 0.363, fine 0.399, PASTEL gran_2 "
                + "0.406, gran_1 0.433, sample 0.224). Data: `").append(data.getFileName()).append("`.\n");
        sb.append("- **Sentence embeddings, tried and not merged** (2026-11-26, [embedding-experiment.md]"
                + "(embedding-experiment.md)): quantized all-MiniLM-L6-v2 (ONNX, English) sentence vectors as a "
                + "TextTiling curve for the agreement check, alone, mixed with the lexical curve or both required, "
                + "and a contiguous k-means (TreeSeg's objective) by exact DP; 18 variants, chosen on TreeSeg dev + "
                + "PASTEL tune. The choice (lexical and embedding depth averaged) moved 3 of 5 dev documents both "
                + "ways (coarse dev 0.237 → 0.224); held out it gave TreeSeg coarse 0.371 (default 0.384, *none* "
                + "0.348) and PASTEL gran_2 0.436 (0.423). Costs ~1 s of CPU per 26-min episode and ~130 MB of "
                + "native jars.\n\n");
        sb.append("## Averages per dataset\n\n");
        sb.append("| dataset | split | method | docs | granularity | ref segs/doc | hyp segs/doc | Pk | WD | Pk none | WD none "
                + "| Pk even | WD even |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Score>> groups = new LinkedHashMap<>();
        for (Score s : scores) {
            groups.computeIfAbsent(s.dataset() + "|" + s.split() + "|" + s.method(), k -> new ArrayList<>()).add(s);
        }
        for (var e : groups.entrySet()) {
            List<Score> g = e.getValue();
            String[] key = e.getKey().split("\\|");
            sb.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %d | %s | %.1f | %.1f | **%.3f** | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    key[0], key[1], key[2], g.size(), g.get(0).granularity(), avg(g, s -> s.refSegments()),
                    avg(g, s -> s.hypSegments()), avg(g, Score::pk), avg(g, Score::wd), avg(g, Score::pkNone),
                    avg(g, Score::wdNone), avg(g, Score::pkEven), avg(g, Score::wdEven)));
        }
        sb.append("\n## Targets (default method LIKELIHOOD)\n\n| dataset | documents | target Pk | Pk | none | even | met |\n"
                + "|---|---|---|---|---|---|---|\n");
        String[][] targets = {
            {"treeseg_tinyrec coarse", "0.30", "test", "test split (16)"},
            {"pastel_fr gran_2", "0.35", "test", "held out (4; the 2 tuning lectures excluded)"},
            {"pastel_fr gran_2", "0.35", "test,tune", "all 6 (incl. the 2 tuning lectures: optimistic, comparable with pages before the split only)"}};
        for (String[] t : targets) {
            List<String> splits = List.of(t[2].split(","));
            List<Score> g = scores.stream().filter(x -> x.dataset().equals(t[0]) && splits.contains(x.split())
                    && x.method().equals(BoundaryMethod.LIKELIHOOD.name())).toList();
            if (g.isEmpty()) {
                continue;
            }
            double pk = avg(g, Score::pk);
            double none = avg(g, Score::pkNone);
            double even = avg(g, Score::pkEven);
            boolean met = pk <= Double.parseDouble(t[1]) && pk < none && pk < even;
            sb.append(String.format(Locale.ROOT, "| %s | %s | ≤ %s and below both baselines | %.3f | %.3f | %.3f | %s |%n",
                    t[0], t[3], t[1], pk, none, even, met ? "yes" : "**no**"));
        }
        if (!sampleLines.isEmpty()) {
            sb.append("\n## Sample chapters (tech-co 2025-10-21)\n\n| # | start | end | kind | first sentence |\n"
                    + "|---|---|---|---|---|\n");
            sampleLines.forEach(l -> sb.append(l).append('\n'));
        }
        sb.append("\n## Per document\n\n| dataset | split | method | document | ref segs | hyp segs | Pk | WD | Pk none | Pk even |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n",
                    s.dataset(), s.split(), s.method(), s.name(), s.refSegments(), s.hypSegments(), s.pk(), s.wd(), s.pkNone(),
                    s.pkEven()));
        }
        return sb.toString();
    }

    private static double avg(List<Score> g, java.util.function.ToDoubleFunction<Score> f) {
        return g.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static Score last(List<Score> s) {
        return s.get(s.size() - 1);
    }

    static String mmss(double seconds) {
        int s = (int) Math.round(seconds);
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    private static String abbreviate(String text) {
        String t = text.replace('|', '/');
        return t.length() <= 90 ? t : t.substring(0, 87) + "...";
    }
}
