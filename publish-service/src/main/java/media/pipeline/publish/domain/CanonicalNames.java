package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final Pattern formPattern;
    private final Pattern canonicalPattern;

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
        this.formPattern = alternation(all.stream().map(Form::text).toList());
        canonicals.sort(Comparator.comparingInt(String::length).reversed());
        this.canonicalPattern = alternation(canonicals);
    }

    /** {@code text} with every surface form replaced by its canonical name. */
    String apply(String text) {
        if (text == null || text.isEmpty() || formPattern == null) {
            return text;
        }
        List<int[]> protectedSpans = new ArrayList<>();
        if (canonicalPattern != null) {
            Matcher c = canonicalPattern.matcher(text);
            while (c.find()) {
                protectedSpans.add(new int[] {c.start(), c.end()});
            }
        }
        Matcher m = formPattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (m.find()) {
            if (overlaps(protectedSpans, m.start(), m.end())) {
                continue;
            }
            out.append(text, last, m.start()).append(canonicalOf(m.group()));
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private String canonicalOf(String found) {
        for (Form f : forms) {
            if (f.text().equalsIgnoreCase(found)
                    || f.text().toLowerCase(Locale.ROOT).equals(found.toLowerCase(Locale.ROOT))) {
                return f.canonical();
            }
        }
        return found;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whole-word alternation: a form is not preceded nor followed by a letter or digit. Longer texts are
     * tried first, so "ChatGPT Atlas" is found whole rather than as "ChatGPT". A position is first checked
     * against the texts' first characters (one class test, with the same case folding as the texts): most
     * positions of a sentence start none of them, and were otherwise tried against every text in turn,
     * which made summarising a chapter grow with its sentences × its entities.
     */
    static Pattern alternation(List<String> input) {
        if (input.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>(input);
        texts.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?iu)");
        if (texts.stream().noneMatch(String::isEmpty)) {
            sb.append("(?=[");
            texts.stream().mapToInt(t -> t.codePointAt(0)).distinct().sorted()
                    .forEach(c -> sb.append("\\x{").append(Integer.toHexString(c)).append('}'));
            sb.append("])");
        }
        sb.append("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(texts.get(i)));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }
}
