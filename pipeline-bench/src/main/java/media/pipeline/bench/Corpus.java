package media.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark transcripts: the bundled sample page, and real transcripts from the shared bench data
 * (English TreeSeg sessions, French PASTEL lectures) converted to WebVTT. Also builds long episodes
 * for the scaling series, by repeating real text with shifted times.
 */
public final class Corpus {
    /** A timed line: start and end in seconds, speaker or null, text. */
    public record Line(double start, double end, String speaker, String text) {
    }

    private static final Pattern PAGE_CUE = Pattern.compile("^\\s*((?:\\d{1,2}:)?\\d{1,3}:[0-5]\\d)\\s*(.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The unit the sample's scaling series repeats: its first 15 minutes. */
    static final double SCALING_UNIT_SECONDS = 15 * 60;

    private final Path sample;
    private final Path data;

    public Corpus(Path repoRoot, Path benchData) {
        this.sample = repoRoot.resolve("samples/tech-co-2025-10-21-dailymotion.txt");
        this.data = benchData;
    }

    public boolean hasBenchData() {
        return data != null && Files.isDirectory(data.resolve("treeseg_tinyrec/compact"))
                && Files.isDirectory(data.resolve("pastel_fr/normalized"));
    }

    /** The bundled sample: a 26-minute French TV show in the scraped page format. */
    public Episode sample() {
        String text = read(sample);
        Page page = Page.of(text);
        return new Episode("sample tech-co (page, fr)", "page", "fr", page.lastStart(), text);
    }

    /** The first {@code seconds} of the sample, still a page (header + cue lines): the light-load episode. */
    public Episode sampleHead(double seconds) {
        Page page = Page.of(read(sample));
        String text = page.render(page.lines.stream().filter(l -> l.start() < seconds).toList());
        return new Episode(String.format(Locale.ROOT, "sample first %.0f min (page, fr)", seconds / 60), "page", "fr",
                Math.min(seconds, page.lastStart()), text);
    }

    /**
     * The sample's first 15 minutes repeated every 15 minutes (times shifted) up to {@code seconds}, as a page with
     * the sample's header: every length carries its multiple of the 15-minute episode's text (a 3 h one exactly 12
     * times it), so the series measures how a stage's cost grows with length alone. (Repeating the whole 26-minute
     * sample gave the 3 h episode 13.95 times the cues of the 15-minute one, whose minutes are the sample's least
     * dense, and linear cost would then have read as 13.95×.)
     */
    public Episode sampleRepeated(double seconds) {
        Page page = Page.of(read(sample));
        List<Line> unit = page.lines.stream().filter(l -> l.start() < SCALING_UNIT_SECONDS).toList();
        List<Line> lines = repeat(unit, seconds, SCALING_UNIT_SECONDS);
        return new Episode(label(seconds) + " of the sample's first 15 min (page, fr)", "page", "fr", seconds,
                page.render(lines));
    }

    /** French lectures concatenated (no repetition up to ~7 h) up to {@code seconds}, as WebVTT. */
    public Episode lecturesConcatenated(double seconds) {
        List<Line> all = new ArrayList<>();
        double offset = 0;
        for (Path p : list(data.resolve("pastel_fr/normalized"), ".jsonl")) {
            List<Line> lecture = pastel(p);
            for (Line l : lecture) {
                all.add(new Line(l.start() + offset, l.end() + offset, l.speaker(), l.text()));
            }
            offset += lecture.get(lecture.size() - 1).end() + 1;
            if (offset >= seconds) {
                break;
            }
        }
        List<Line> cut = repeat(all, seconds);
        return new Episode(label(seconds) + " PASTEL lectures (vtt, fr)", "webvtt", "fr", seconds, vtt(cut));
    }

    /** A TreeSeg session as WebVTT (English, speakers as voice tags). */
    public Episode treeseg(String id) {
        Path p = data.resolve("treeseg_tinyrec/compact/" + id + ".jsonl");
        List<Line> lines = new ArrayList<>();
        for (String row : lines(p).subList(1, lines(p).size())) {
            JsonNode n = tree(row);
            if (!"utt".equals(n.path("kind").asText()) || n.path("text").asText().isBlank()) {
                continue;
            }
            lines.add(new Line(n.path("start").asDouble(), n.path("end").asDouble(), n.path("speaker").asText(null),
                    n.path("text").asText()));
        }
        return new Episode("treeseg " + id.replaceFirst("^[a-z]+__", "") + " (vtt, en)", "webvtt", "en",
                lines.get(lines.size() - 1).end(), vtt(lines));
    }

    /** The first {@code seconds} of a PASTEL lecture as WebVTT (French, one speaker). */
    public Episode pastelHead(String lecture, double seconds) {
        List<Line> lines = pastel(data.resolve("pastel_fr/normalized/" + lecture + ".jsonl")).stream()
                .filter(l -> l.start() < seconds).toList();
        return new Episode("pastel " + lecture.replaceFirst("^\\d+_", "") + " first " + Math.round(seconds / 60)
                + " min (vtt, fr)", "webvtt", "fr", lines.get(lines.size() - 1).end(), vtt(lines));
    }

    /** The seed-sized set: the sample and three real transcripts of similar length from the bench data. */
    public List<Episode> seedSized() {
        List<Episode> out = new ArrayList<>();
        out.add(sample());
        if (hasBenchData()) {
            out.add(treeseg("test__XBZ-xMIQAA"));
            out.add(treeseg("test__XCH_6nCQAA"));
            out.add(pastelHead("20131010_Higuera_Reseaux-sociaux-et-graphes", 26 * 60));
        }
        return out;
    }

    /** {@code source} repeated, each round starting 5 s after the previous one's last line, up to {@code seconds}. */
    static List<Line> repeat(List<Line> source, double seconds) {
        Line last = source.get(source.size() - 1);
        return repeat(source, seconds, Math.max(last.end(), last.start()) + 5);
    }

    /** {@code source} repeated every {@code period} seconds (times shifted) up to {@code seconds}. */
    static List<Line> repeat(List<Line> source, double seconds, double span) {
        if (!(span > 0)) {
            throw new IllegalArgumentException("the period must be positive: " + span);
        }
        List<Line> out = new ArrayList<>();
        for (int round = 0; ; round++) {
            double offset = round * span;
            for (Line l : source) {
                if (l.start() + offset >= seconds) {
                    return out;
                }
                out.add(new Line(l.start() + offset, l.end() + offset, l.speaker(), l.text()));
            }
        }
    }

    static String vtt(List<Line> lines) {
        StringBuilder b = new StringBuilder("WEBVTT\n\n");
        for (Line l : lines) {
            b.append(vttTime(l.start())).append(" --> ").append(vttTime(Math.max(l.end(), l.start() + 0.1))).append('\n');
            if (l.speaker() != null && !l.speaker().isBlank()) {
                b.append("<v ").append(l.speaker().replace('>', ' ')).append('>');
            }
            b.append(l.text().replace("-->", "->").replace('\n', ' ')).append("\n\n");
        }
        return b.toString();
    }

    static String vttTime(double s) {
        long ms = Math.round(s * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    static String pageTime(double s) {
        long t = (long) Math.floor(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%02d:%02d", t / 60, t % 60);
    }

    private static String label(double seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%.0f h", seconds / 3600)
                : String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    private static List<Line> pastel(Path p) {
        List<Line> out = new ArrayList<>();
        for (String row : lines(p)) {
            JsonNode n = tree(row);
            String text = n.path("text").asText("").trim();
            if (text.isEmpty() || "inter_segment_gap".equals(n.path("speaker").asText())) {
                continue;
            }
            out.add(new Line(n.path("start").asDouble(), n.path("end").asDouble(), null, text));
        }
        return out;
    }

    /** A scraped page: the header (description...) and the timed lines; times have one-second resolution. */
    static final class Page {
        final List<String> header;
        final List<Line> lines;

        private Page(List<String> header, List<Line> lines) {
            this.header = header;
            this.lines = lines;
        }

        static Page of(String text) {
            List<String> header = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            for (String raw : text.split("\n", -1)) {
                Matcher m = PAGE_CUE.matcher(raw);
                if (m.matches()) {
                    lines.add(new Line(seconds(m.group(1)), 0, null, m.group(2)));
                } else if (lines.isEmpty()) {
                    header.add(raw);
                }
            }
            return new Page(header, lines);
        }

        double lastStart() {
            return lines.get(lines.size() - 1).start();
        }

        String render(List<Line> cues) {
            StringBuilder b = new StringBuilder();
            header.forEach(h -> b.append(h).append('\n'));
            cues.forEach(l -> b.append(pageTime(l.start())).append(l.text()).append('\n'));
            return b.toString();
        }

        private static double seconds(String time) {
            String[] parts = time.split(":");
            double s = 0;
            for (String p : parts) {
                s = s * 60 + Integer.parseInt(p);
            }
            return s;
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String row) {
        try {
            return JSON.readTree(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
