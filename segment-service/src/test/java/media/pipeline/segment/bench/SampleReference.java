package media.pipeline.segment.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;

/** The hand-made reference of the sample episode: metadata as ingest would give it, and boundaries. */
public record SampleReference(EpisodeMetadata metadata, List<Double> boundaries, List<String> labels) {
    public static final String RESOURCE = "/bench/tech-co-2025-10-21.reference.txt";

    public static SampleReference load() {
        try (InputStream in = SampleReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SampleReference parse(List<String> lines) {
        String language = null;
        String host = null;
        List<Person> guests = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<Double> boundaries = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "language" -> language = value;
                case "host" -> host = value;
                case "guest" -> guests.add(Person.named(value));
                case "topic" -> topics.add(value);
                case "boundary" -> {
                    String[] parts = value.split("\\s+", 2);
                    String[] mmss = parts[0].split(":");
                    boundaries.add(Integer.parseInt(mmss[0]) * 60.0 + Integer.parseInt(mmss[1]));
                    labels.add(parts.length > 1 ? parts[1] : "");
                }
                default -> throw new IllegalArgumentException("unknown key in reference: " + key);
            }
        }
        EpisodeMetadata md = new EpisodeMetadata("Tech & Co, la quotidienne", null, null, host, guests, topics,
                null, language, 0);
        return new SampleReference(md, boundaries, labels);
    }
}
