package media.pipeline.segment.domain.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import media.pipeline.contracts.EntityType;

/**
 * The maintained list of well-known entities (tech, business, media, places), read from a
 * tab-separated file: {@code name TAB type TAB aliases(|) TAB flags(,) TAB context words(|)};
 * '-' stands for an empty column, '#' starts a comment line. Immutable and thread-safe.
 */
public final class Gazetteer {
    /** The classpath resource of the default list. */
    public static final String DEFAULT_RESOURCE = "/gazetteer/entities.tsv";

    private final List<GazetteerEntry> entries;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The default list shipped with the service. */
    public static Gazetteer defaults() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list in the TSV format above; a malformed line fails with its line number. */
    public static Gazetteer parse(Reader reader) {
        if (reader == null) {
            throw new IllegalArgumentException("reader is required");
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                entries.add(parseLine(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(entries);
    }

    /** An empty list, for episodes known only by their metadata. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** Number of entities in the list. */
    public int size() {
        return entries.size();
    }

    List<GazetteerEntry> entries() {
        return entries;
    }

    private static GazetteerEntry parseLine(String line, int number) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
            throw new IllegalArgumentException("gazetteer line " + number + ": expected name TAB type");
        }
        String name = cols[0].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("gazetteer line " + number + ": empty name");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gazetteer line " + number + ": unknown type '" + cols[1] + "'", e);
        }
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        aliases.addAll(column(cols, 2, "\\|"));
        Set<String> flags = new LinkedHashSet<>(column(cols, 3, ","));
        Set<String> context = new LinkedHashSet<>();
        for (String word : column(cols, 4, "\\|")) {
            context.add(Text.fold(word));
        }
        return new GazetteerEntry(name, type, List.copyOf(aliases), flags.contains("common"), context,
                GazetteerEntry.Source.BASE);
    }

    private static List<String> column(String[] cols, int index, String separator) {
        if (cols.length <= index || cols[index].isBlank() || cols[index].strip().equals("-")) {
            return List.of();
        }
        return Arrays.stream(cols[index].split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
