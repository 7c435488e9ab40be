package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import media.pipeline.contracts.EntityMention;

/**
 * How fit a sentence of one chapter is to stand in its summary, as a multiplier of its graph rank:
 * 0 for sentences with no content words and for pure chit-chat (greetings, thanks, sign-offs whose
 * only other words are names); penalties for very short sentences and questions; a boost for each
 * of the chapter's keywords and entities (canonical names or surface forms) the sentence contains.
 */
final class SentenceQuality {
    static final double QUESTION = 0.35;
    static final double VERY_SHORT = 0.3;
    static final double SHORT = 0.6;
    static final double GREETING_WITH_CONTENT = 0.5;
    static final double BOOST_PER_HIT = 0.2;
    static final int MAX_HITS = 5;

    private final Language language;
    private final TermAnalyzer analyzer;
    private final List<Set<String>> keywordStems;
    private final PhraseFinder entityForms;
    private final Set<String> nameStems;

    SentenceQuality(Language language, TermAnalyzer analyzer, List<String> keywords, List<EntityMention> entities) {
        this.language = Objects.requireNonNull(language, "language");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(entities, "entities");
        List<Set<String>> kws = new ArrayList<>();
        for (String k : keywords) {
            Set<String> stems = new HashSet<>(analyzer.stems(k, language));
            if (!stems.isEmpty()) {
                kws.add(stems);
            }
        }
        this.keywordStems = List.copyOf(kws);
        List<String> forms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (EntityMention e : entities) {
            forms.add(e.name());
            forms.addAll(e.surfaceForms());
            names.addAll(analyzer.stems(e.name(), language));
            e.surfaceForms().forEach(f -> names.addAll(analyzer.stems(f, language)));
        }
        forms.removeIf(f -> f == null || f.isBlank());
        forms.sort((a, b) -> b.length() - a.length());
        this.entityForms = PhraseFinder.of(forms.stream().map(String::strip).distinct().toList());
        this.nameStems = Set.copyOf(names);
    }

    /** The multiplier for a (cleaned) sentence whose content stems are {@code stems}. */
    double score(String text, List<String> stems) {
        Set<String> content = new HashSet<>(stems);
        if (text == null || text.isBlank() || content.isEmpty()) {
            return 0;
        }
        double q = 1;
        if (language.greeting.matcher(text).find()) {
            String rest = language.greeting.matcher(text).replaceAll(" ");
            Set<String> restContent = new HashSet<>(analyzer.stems(rest, language));
            restContent.removeAll(nameStems);
            if (restContent.size() <= 2) {
                return 0;
            }
            q *= GREETING_WITH_CONTENT;
        }
        if (isQuestion(text)) {
            q *= QUESTION;
        }
        if (content.size() <= 2) {
            q *= VERY_SHORT;
        } else if (content.size() <= 4) {
            q *= SHORT;
        }
        return q * (1 + BOOST_PER_HIT * Math.min(MAX_HITS, hits(text, content)));
    }

    /** Distinct keywords (all their stems present) plus distinct entity names or surface forms in the sentence. */
    int hits(String text, Set<String> content) {
        int hits = 0;
        for (Set<String> k : keywordStems) {
            if (content.containsAll(k)) {
                hits++;
            }
        }
        Set<String> found = new HashSet<>();
        for (PhraseFinder.Match m : entityForms.findAll(text)) {
            found.add(text.substring(m.start(), m.end()).toLowerCase(language.locale()));
        }
        hits += found.size();
        return hits;
    }

    private static boolean isQuestion(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"»”’')]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }
}
