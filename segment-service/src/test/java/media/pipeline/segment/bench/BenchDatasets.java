package media.pipeline.segment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.segment.domain.Granularity;

/** Loads the reference corpora of {@code shared/bench-data} (formats: see their READMEs). */
public final class BenchDatasets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * PASTEL has no dev split: its two first lectures by date (= by file name) are declared tuning
     * documents ({@code tune}), the four others stay held out ({@code test}). Fixed by that rule, not by
     * their scores.
     */
    public static final java.util.Set<String> PASTEL_TUNE = java.util.Set.of(
            "20131010_Higuera_Reseaux-sociaux-et-graphes", "20131115_Daille_Langage-naturel");

    /** One document with its reference boundaries (times where a reference segment starts). */
    public record Doc(String dataset, String name, String language, List<Cue> cues, List<Double> reference,
                      EpisodeMetadata metadata, Granularity granularity) {
        public double t0() {
            return cues.stream().mapToDouble(Cue::start).min().orElse(0);
        }

        public double t1() {
            return cues.stream().mapToDouble(Cue::end).max().orElse(0);
        }

        public boolean dev() {
            return name.startsWith("dev__");
        }

        /** TreeSeg {@code dev}, PASTEL {@code tune} (see {@link #PASTEL_TUNE}): may be tuned on; else {@code test}. */
        public String split() {
            return dev() ? "dev" : PASTEL_TUNE.contains(name) ? "tune" : "test";
        }
    }

    private BenchDatasets() {
    }

    /** TreeSeg TinyRec: {@code level} = "coarse" or "fine"; English; utterances only (actions dropped). */
    public static List<Doc> treeseg(Path dir, String level, Granularity granularity) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Path f : list(dir.resolve("compact"), ".jsonl")) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            JsonNode header = JSON.readTree(lines.get(0));
            List<JsonNode> entries = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                if (!l.isBlank()) {
                    entries.add(JSON.readTree(l));
                }
            }
            double[] startByIdx = new double[entries.size() + 1];
            List<Cue> cues = new ArrayList<>();
            for (JsonNode e : entries) {
                int idx = e.get("idx").asInt();
                double start = Math.max(0, e.get("start").asDouble());
                double end = Math.max(start, e.get("end").asDouble());
                if (idx < startByIdx.length) {
                    startByIdx[idx] = start;
                }
                if ("utt".equals(e.path("kind").asText()) && !e.path("text").asText().isBlank()) {
                    cues.add(new Cue(start, end, e.path("speaker").asText(null), e.get("text").asText()));
                }
            }
            TreeSet<Double> ref = new TreeSet<>();
            for (JsonNode seg : header.get(level)) {
                int first = seg.get(0).asInt();
                if (first > 0 && first < startByIdx.length) {
                    ref.add(startByIdx[first]);
                }
            }
            String name = f.getFileName().toString().replace(".jsonl", "");
            EpisodeMetadata md = new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, "en", 0);
            docs.add(trim(new Doc("treeseg_tinyrec " + level, name, "en", cues, new ArrayList<>(ref), md,
                    granularity)));
        }
        return docs;
    }

    /** ANR PASTEL normalized lectures: {@code flag} = "gran2_start" or "gran1_start"; French. */
    public static List<Doc> pastel(Path dir, String flag, Granularity granularity) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Path f : list(dir.resolve("normalized"), ".jsonl")) {
            List<Cue> cues = new ArrayList<>();
            TreeSet<Double> ref = new TreeSet<>();
            for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (l.isBlank()) {
                    continue;
                }
                JsonNode e = JSON.readTree(l);
                double start = Math.max(0, e.get("start").asDouble());
                double end = Math.max(start, e.get("end").asDouble());
                if (e.path(flag).asBoolean(false)) {
                    ref.add(start);
                }
                String text = e.path("text").asText("");
                String speaker = e.path("speaker").asText(null);
                if (!text.isBlank() && !"inter_segment_gap".equals(speaker)) {
                    cues.add(new Cue(start, end, speaker, text));
                }
            }
            String name = f.getFileName().toString().replace(".jsonl", "");
            EpisodeMetadata md = new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, "fr", 0);
            String level = flag.startsWith("gran2") ? "gran_2" : "gran_1";
            docs.add(trim(new Doc("pastel_fr " + level, name, "fr", cues, new ArrayList<>(ref), md, granularity)));
        }
        return docs;
    }

    /** Keeps only reference boundaries strictly inside the document's time span. */
    private static Doc trim(Doc d) {
        double t0 = d.t0();
        double t1 = d.t1();
        List<Double> ref = d.reference().stream().filter(b -> b > t0 + 1 && b < t1 - 1).toList();
        return new Doc(d.dataset(), d.name(), d.language(), d.cues(), ref, d.metadata(), d.granularity());
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
