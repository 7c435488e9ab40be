package media.pipeline.segment.domain.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;

/**
 * A chapter's keywords under the canonical names of the entities recognised in it: a keyword that is, as a whole,
 * how an entity was said ("Octave Claba", "OVH Cloud") becomes the entity's name ("Octave Klaba", "OVHcloud"), so a
 * misheard name never reaches the keyword list while the entity list spells it right. Keywords are compared by
 * {@link Text#key} (case, accents and punctuation aside); only whole keywords are replaced, never a word inside one
 * ("cloud" stays "cloud"), and a keyword that now repeats an earlier one is dropped. Order is kept. A person's
 * single name word ("Klaba", "Octave": keyword extraction splits a name said once) also becomes the person.
 */
final class CanonicalKeywords {
    private static final java.util.regex.Pattern NAME_WORDS = java.util.regex.Pattern.compile("[\\s\\-]+");
    /** Shorter words of a name ("de", "Le") are not taken for the person. */
    private static final int MIN_NAME_WORD = 3;
    private final Map<String, String> canonicalByKey;

    CanonicalKeywords(List<EntityMention> entities) {
        Objects.requireNonNull(entities, "entities");
        Map<String, String> byKey = new HashMap<>();
        for (EntityMention e : entities) {
            byKey.putIfAbsent(Text.key(e.name()), e.name());
            for (String said : e.surfaceForms()) {
                String key = Text.key(said);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, e.name());
                }
            }
        }
        // a person's first or last name alone ("Klaba", "Octave") is that person: keywords that split a name the
        // chapter says once lose it otherwise; organisations keep their words ("cloud" is not OVHcloud)
        for (EntityMention e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> forms = new ArrayList<>(e.surfaceForms());
            forms.add(e.name());
            for (String form : forms) {
                for (String word : NAME_WORDS.split(form.strip())) {
                    String key = Text.key(word);
                    if (key.length() >= MIN_NAME_WORD) {
                        byKey.putIfAbsent(key, e.name());
                    }
                }
            }
        }
        this.canonicalByKey = Map.copyOf(byKey);
    }

    List<String> apply(List<String> keywords) {
        Objects.requireNonNull(keywords, "keywords");
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>(keywords.size());
        for (String keyword : keywords) {
            if (keyword == null || keyword.isBlank()) {
                continue;
            }
            String key = Text.key(keyword);
            String canonical = canonicalByKey.getOrDefault(key, keyword);
            if (seen.add(key.isEmpty() ? keyword : Text.key(canonical))) {
                out.add(canonical);
            }
        }
        return List.copyOf(out);
    }
}
