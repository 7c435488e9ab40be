package media.pipeline.segment.domain.enrich;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import media.pipeline.contracts.EntityType;

/**
 * One known entity: its canonical name, type and other names.
 *
 * @param aliases all names, the canonical one first
 * @param common  a one-word name that is also an ordinary word: matched only when capitalised
 * @param context folded words whose presence supports a loose match
 * @param source  where the entry comes from, which decides how loosely it may match
 */
record GazetteerEntry(String name, EntityType type, List<String> aliases, boolean common, Set<String> context,
                      Source source) {

    enum Source {
        /** The maintained list: exact and fuzzy matching. */
        BASE,
        /** Host, guests and their organizations: exact, fuzzy, first-name and surname-variant matching. */
        EPISODE,
        /** A capitalised name of the episode description: exact matching only. */
        DESCRIPTION
    }

    GazetteerEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry without a name");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        context = Set.copyOf(context);
        if (aliases.isEmpty() || !aliases.get(0).equals(name)) {
            throw new IllegalArgumentException("aliases of '" + name + "' must start with the name");
        }
    }

    GazetteerEntry withSource(Source newSource) {
        return new GazetteerEntry(name, type, aliases, common, context, newSource);
    }
}
