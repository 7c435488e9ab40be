package media.pipeline.publish.domain;

import static media.pipeline.publish.domain.FrenchTechShow.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.Sentence;

/**
 * The real sample episode (Tech &amp; Co, BFM Business, 21 October 2025; {@code samples/} copied to the
 * test resources) cut into the five chapters the pipeline produced, with the entity counts and
 * keywords segment-service found (the first three keywords of each topic are those its headlines
 * showed). Sentences are rebuilt from the caption lines ({@code MM:SS text}) the simple way: lines
 * are joined until one ends a sentence ({@code . ? ! …}) or 60 words are reached.
 */
final class TechCoSample {
    static final String HOST = "Frédéric Simottel";
    private static final Pattern LINE = Pattern.compile("^(\\d{2}):(\\d{2})(.*)$");
    /** Chapter bounds in seconds: 00:01, 01:57, 13:05, 20:46, 25:57, 26:13. */
    private static final double[] BOUNDS = {1, 117, 785, 1246, 1557, 1573};
    private static final String[] KINDS = {"INTRO", "TOPIC", "TOPIC", "TOPIC", "OUTRO"};

    private TechCoSample() {
    }

    static final EntityMention SALIME = entity("Salime Nassur", EntityType.PERSON, 3, "Salim Nassur", "Salim");

    static List<List<EntityMention>> entities() {
        return List.of(
                List.of(SALIME,
                        entity("Google", EntityType.ORGANIZATION, 2, "Google"),
                        entity("OVHcloud", EntityType.ORGANIZATION, 2, "OVH Cloud"),
                        entity("OpenAI", EntityType.ORGANIZATION, 2, "Open&Eye"),
                        entity("Octave Klaba", EntityType.PERSON, 1, "Octave Claba"),
                        entity("AWS", EntityType.ORGANIZATION, 1, "AWS"),
                        entity("ChatGPT Atlas", EntityType.PRODUCT, 1, "ChatGPT Atlas")),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 12, "OVH Cloud", "OVH"),
                        entity("Octave Klaba", EntityType.PERSON, 7, "Octave Claba", "Claba", "Octave"),
                        entity("Google", EntityType.ORGANIZATION, 6, "Google"),
                        entity("Apple", EntityType.ORGANIZATION, 4, "Apple"),
                        entity("AWS", EntityType.ORGANIZATION, 3, "AWS"),
                        entity("France", EntityType.PLACE, 3, "France"),
                        entity("ChatGPT", EntityType.PRODUCT, 2, "ChatGPT"),
                        entity("Scaleway", EntityType.ORGANIZATION, 2, "scaleways"),
                        entity("Theodo Cloud", EntityType.ORGANIZATION, 1, "Theodo Cloud"),
                        entity("OpenAI", EntityType.ORGANIZATION, 1, "Open AI"),
                        entity("Microsoft", EntityType.ORGANIZATION, 1, "Microsoft"),
                        entity("Salime Nassur", EntityType.PERSON, 1, "Salim")),
                List.of(entity("AWS", EntityType.ORGANIZATION, 3, "AWS"),
                        entity("Fortnite", EntityType.PRODUCT, 3, "Fortnite"),
                        entity("Netflix", EntityType.ORGANIZATION, 3, "Netflix"),
                        entity("Airbnb", EntityType.ORGANIZATION, 1, "Airbnb"),
                        entity("Amazon", EntityType.ORGANIZATION, 1, "Amazon"),
                        entity("DNS", EntityType.PRODUCT, 1, "DNS"),
                        entity("Snapchat", EntityType.ORGANIZATION, 1, "Snapchat"),
                        entity("Microsoft", EntityType.ORGANIZATION, 1, "Microsoft"),
                        entity("Virginie du Nord", EntityType.PLACE, 1, "Virginie du Nord"),
                        entity("Salime Nassur", EntityType.PERSON, 1, "Salim")),
                List.of(entity("Google", EntityType.ORGANIZATION, 9, "Google"),
                        entity("OpenAI", EntityType.ORGANIZATION, 5, "Open AI", "OpenAI"),
                        entity("Chrome", EntityType.PRODUCT, 4, "Chrome"),
                        entity("ChatGPT", EntityType.PRODUCT, 3, "ChatGPT"),
                        entity("ChatGPT Atlas", EntityType.PRODUCT, 1, "ChatGPT Atlas"),
                        entity("Gemini", EntityType.PRODUCT, 1, "Gemini"),
                        entity("Perplexity", EntityType.ORGANIZATION, 1, "Perplexity"),
                        entity("Comet", EntityType.PRODUCT, 1, "Comet"),
                        entity("Europe", EntityType.PLACE, 1, "Europe"),
                        entity("Salime Nassur", EntityType.PERSON, 1, "Salim")),
                List.of(entity("BFM Business", EntityType.ORGANIZATION, 1, "BFM Business"),
                        entity("YouTube", EntityType.PRODUCT, 1, "YouTube")));
    }

    static List<List<String>> keywords() {
        return List.of(
                List.of("programme", "débrief", "cloud"),
                List.of("monde", "cloud public", "incarne", "direction", "hyperscalers"),
                List.of("région", "services", "économique", "redondance", "panne"),
                List.of("navigateur", "type", "recherche", "agent"),
                List.of("podcast", "replay"));
    }

    /** The sample's sentences, rebuilt from its caption lines. */
    static List<Sentence> sentences() {
        List<double[]> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : read().split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches() && !m.group(3).isBlank()) {
                times.add(new double[] {Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))});
                texts.add(m.group(3).strip());
            }
        }
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double start = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (start < 0) {
                start = times.get(i)[0];
            }
            text.append(text.isEmpty() ? "" : " ").append(texts.get(i));
            boolean last = i + 1 == texts.size();
            if (last || texts.get(i).matches(".*[.?!…]$") || text.toString().split("\\s+").length >= 60) {
                double end = last ? times.get(i)[0] + 1 : Math.max(start, times.get(i + 1)[0]);
                out.add(new Sentence(start, end, "spk", text.toString()));
                text.setLength(0);
                start = -1;
            }
        }
        return out;
    }

    static List<Segment> segments() {
        List<Sentence> all = sentences();
        List<Segment> out = new ArrayList<>();
        for (int c = 0; c < KINDS.length; c++) {
            double from = BOUNDS[c];
            double to = BOUNDS[c + 1];
            List<Sentence> in = all.stream().filter(s -> s.start() >= from && s.start() < to).toList();
            out.add(new Segment(c, from, to, KINDS[c], in, keywords().get(c), entities().get(c), List.of("spk"), "fr"));
        }
        return out;
    }

    static SegmentsEnriched episode() {
        EpisodeMetadata meta = new EpisodeMetadata("Tech & Co", null, LocalDate.of(2025, 10, 21), HOST, List.of(),
                List.of(), null, "fr", 1573);
        return new SegmentsEnriched("evt-tc", "tech-co-2025-10-21", "fr", meta, segments(),
                Instant.parse("2025-10-21T20:00:00Z"));
    }

    private static String read() {
        try (InputStream in = TechCoSample.class.getResourceAsStream("/tech-co-2025-10-21.txt")) {
            if (in == null) {
                throw new IllegalStateException("tech-co-2025-10-21.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
