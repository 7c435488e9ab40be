package media.pipeline.segment.domain.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.Sentence;

/** The sample broadcast transcript of the test resources, as sentences, with its metadata. */
final class SampleTranscript {
    static final String RESOURCE = "/enrich/tech-co-2025-10-21-dailymotion.txt";
    private static final Pattern CUE = Pattern.compile("^(\\d{2}):(\\d{2})(.*)$");

    private SampleTranscript() {
    }

    static EpisodeMetadata metadata() {
        return new EpisodeMetadata("Tech & Co, la quotidienne", "Le débrief de la tech",
                LocalDate.of(2025, 10, 21), "Frédéric Simottel",
                List.of(new Person("Salime Nassur", "fondateur", "Maars"),
                        new Person("Clément David", "président", "Theodo Cloud"),
                        new Person("Frédéric Krebs", "directeur de développement", "Palico")),
                List.of(), null, "fr", 1572);
    }

    /** Sentences rebuilt from the cues: a sentence ends with '.', '?' or '!'. */
    static List<Sentence> sentences() {
        return sentences(0, Double.MAX_VALUE);
    }

    /** Sentences starting within [from, to) seconds. */
    static List<Sentence> sentences(double from, double to) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double start = -1;
        double last = 0;
        for (String line : lines()) {
            Matcher m = CUE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            double t = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            String cue = m.group(3).strip();
            if (start < 0) {
                start = t;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(cue);
            last = t;
            if (cue.endsWith(".") || cue.endsWith("?") || cue.endsWith("!")) {
                if (start >= from && start < to) {
                    out.add(new Sentence(start, t + 1, null, text.toString()));
                }
                text.setLength(0);
                start = -1;
            }
        }
        if (text.length() > 0 && start >= from && start < to) {
            out.add(new Sentence(start, last + 1, null, text.toString()));
        }
        return out;
    }

    static double at(int minutes, int seconds) {
        return minutes * 60 + seconds;
    }

    private static List<String> lines() {
        try (InputStream in = SampleTranscript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
