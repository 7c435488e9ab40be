package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.EntityMention;

/**
 * Rewrites the transcript's spellings of an entity (its {@code surfaceForms}, e.g. the ASR's
 * "Octave Claba") into the entity's canonical name ("Octave Klaba"). This is a faithful
 * condensation, not an invention: enrichment already decided that the surface form denotes that
 * entity, and a published summary should spell names the way the newsroom does.
 *
 * <p>Matching is whole-word and case-insensitive; longer forms win over shorter ones; a form found
 * inside an occurrence of a canonical name is left alone (so "Klaba" in "Octave Klaba" does not
 * become "Octave Octave Klaba"). Surface forms that differ from the canonical name only by case are
 * not rewritten, so a common word ("orange") is never turned into a brand ("Orange").
 */
final class CanonicalNames {
    private record Form(String text, String canonical) {
    }

    private final List<Form> forms;
    private final PhraseFinder formFinder;
    private final PhraseFinder canonicalFinder;

    CanonicalNames(List<EntityMention> entities) {
        Objects.requireNonNull(entities, "entities");
        List<Form> all = new ArrayList<>();
        List<String> canonicals = new ArrayList<>();
        for (EntityMention e : entities) {
            canonicals.add(e.name().strip());
            for (String s : e.surfaceForms()) {
                String form = s == null ? "" : s.strip();
                if (!form.isEmpty() && !form.equalsIgnoreCase(e.name().strip())) {
                    all.add(new Form(form, e.name().strip()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
        this.forms = List.copyOf(all);
        this.formFinder = PhraseFinder.of(all.stream().map(Form::text).toList());
        this.canonicalFinder = PhraseFinder.of(canonicals);
    }

    /** {@code text} with every surface form replaced by its canonical name. */
    String apply(String text) {
        if (text == null || text.isEmpty() || formFinder.isEmpty()) {
            return text;
        }
        List<int[]> protectedSpans = canonicalFinder.spans(text);
        StringBuilder out = null;
        int last = 0;
        for (PhraseFinder.Match m : formFinder.findAll(text)) {
            if (overlaps(protectedSpans, m.start(), m.end())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start()).append(forms.get(m.phrase()).canonical());
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
