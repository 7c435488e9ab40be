package media.pipeline.segment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import media.pipeline.contracts.Segment;
import media.pipeline.segment.domain.ChapterSegmenter;
import media.pipeline.segment.domain.Granularity;
import media.pipeline.segment.domain.SegmentationOptions;

/**
 * Tuning runner: the TreeSeg {@code dev__} files and the declared PASTEL tuning lectures
 * ({@link BenchDatasets#PASTEL_TUNE}), never the test files; plus the sample's test constraints.
 * {@code -Dbench.data=DIR} (default {@code ../shared/bench-data} from the repository root),
 * {@code -Dsample=FILE}, {@code -Dconfig=LIKELIHOOD|LIKELIHOOD_FIXED_COUNT|DEPTH}, {@code -Dgc}/{@code -Dgf}
 * TreeSeg granularities for coarse/fine, {@code -Dv=true} per document with hypothesis and reference times.
 */
public final class DevRun {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.data", "../shared/bench-data"));
        Granularity gc = Granularity.valueOf(System.getProperty("gc", "NORMAL"));
        Granularity gf = Granularity.valueOf(System.getProperty("gf", "FINE"));
        String m = System.getProperty("config", "LIKELIHOOD");
        boolean verbose = Boolean.getBoolean("v");
        List<BenchDatasets.Doc> docs = new ArrayList<>();
        docs.addAll(BenchDatasets.treeseg(data.resolve("treeseg_tinyrec"), "coarse", gc));
        docs.addAll(BenchDatasets.treeseg(data.resolve("treeseg_tinyrec"), "fine", gf));
        docs.addAll(BenchDatasets.pastel(data.resolve("pastel_fr"), "gran2_start", Granularity.COARSE));
        docs.addAll(BenchDatasets.pastel(data.resolve("pastel_fr"), "gran1_start", Granularity.FINE));
        ChapterSegmenter seg = new ChapterSegmenter();
        Map<String, double[]> agg = new LinkedHashMap<>();
        for (BenchDatasets.Doc d : docs) {
            if (d.split().equals("test")) {
                continue;
            }
            List<Segment> segs = seg.segment(d.cues(), d.metadata(), List.of(),
                    SegmentationBenchmark.options(SegmentationOptions.of(d.granularity()), m));
            List<Double> hyp = SegmentationBenchmark.hypothesis(segs);
            SegmentationBenchmark.Score s = SegmentationBenchmark.score(d.dataset(), d.split(), d.name(), m,
                    d.granularity(), d.reference(), hyp, d.t0(), d.t1());
            double[] a = agg.computeIfAbsent(d.dataset() + " " + d.split(), k -> new double[6]);
            a[0]++;
            a[1] += s.pk();
            a[2] += s.pkNone();
            a[3] += s.pkEven();
            a[4] += s.refSegments();
            a[5] += s.hypSegments();
            if (verbose) {
                System.out.printf(Locale.ROOT, "  %-24s %-30.30s ref %2d hyp %2d Pk %.3f none %.3f hyp %s ref %s%n",
                        d.dataset(), d.name(), s.refSegments(), s.hypSegments(), s.pk(), s.pkNone(), times(hyp),
                        times(d.reference()));
            }
        }
        agg.forEach((k, a) -> System.out.printf(Locale.ROOT, "%-32s n=%2.0f Pk %.3f none %.3f even %.3f ref %.1f hyp %.1f%n",
                k, a[0], a[1] / a[0], a[2] / a[0], a[3] / a[0], a[4] / a[0], a[5] / a[0]));
        // sample constraints (as in SampleEpisodeTest)
        Path sample = Path.of(System.getProperty("sample", "../shared/samples/tech-co-2025-10-21-dailymotion.txt"));
        TimedTranscriptPage.Page page = TimedTranscriptPage.read(sample);
        SampleReference ref = SampleReference.load();
        List<Segment> segs = seg.segment(page.cues(), ref.metadata(), List.of(),
                SegmentationBenchmark.options(SegmentationOptions.defaults(), m));
        List<Double> hyp = SegmentationBenchmark.hypothesis(segs);
        boolean ok = segs.size() >= 3 && segs.size() <= 8 && segs.get(0).kind().equals("INTRO")
                && segs.get(segs.size() - 1).kind().equals("OUTRO");
        for (double r : ref.boundaries().subList(0, 3)) {
            ok &= hyp.stream().anyMatch(b -> Math.abs(b - r) <= 30);
        }
        double t0 = page.cues().get(0).start();
        double t1 = page.cues().stream().mapToDouble(c -> c.end()).max().orElse(t0);
        System.out.printf(Locale.ROOT, "sample segs %d constraintOK %s Pk %.3f %s%n", segs.size(), ok,
                TimeAxisMetrics.pk(ref.boundaries(), hyp, t0, t1), times(hyp));
    }

    private static List<String> times(List<Double> t) {
        return t.stream().map(SegmentationBenchmark::mmss).toList();
    }
}
