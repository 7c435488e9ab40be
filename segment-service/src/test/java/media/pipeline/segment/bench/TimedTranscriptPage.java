package media.pipeline.segment.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.Cue;

/**
 * Minimal reader of a copied video-page transcript: header lines, then cue lines {@code MM:SS<text>}
 * (or {@code H:MM:SS<text>}), then a {@code Commentaires}/{@code Comments} line that ends the transcript.
 * Each cue ends where the next begins; the last one gets 0.4 s per word. Bench/test helper only: the
 * real parser belongs to ingest-service.
 */
public final class TimedTranscriptPage {
    private static final Pattern CUE = Pattern.compile("^(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})(?!\\d)(.*)$");
    private static final double SECONDS_PER_WORD = 0.4;

    public record Page(List<String> header, List<Cue> cues) {
    }

    private TimedTranscriptPage() {
    }

    public static Page read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static Page parse(List<String> lines) {
        List<String> header = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = CUE.matcher(line);
            if (m.matches() && !m.group(4).isBlank()) {
                double h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                double t = h * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
                times.add(new double[] {t});
                texts.add(m.group(4).strip());
            } else if (!texts.isEmpty() && (line.equalsIgnoreCase("Commentaires") || line.equalsIgnoreCase("Comments"))) {
                break;
            } else if (texts.isEmpty()) {
                header.add(line);
            }
        }
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double start = times.get(i)[0];
            double end = i + 1 < texts.size()
                    ? Math.max(start, times.get(i + 1)[0])
                    : start + SECONDS_PER_WORD * texts.get(i).split("\\s+").length;
            cues.add(new Cue(start, end, null, texts.get(i)));
        }
        return new Page(header, cues);
    }
}
