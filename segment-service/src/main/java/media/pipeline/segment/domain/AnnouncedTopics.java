package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Matches sentences to the topics an episode announced (metadata {@code announcedTopics}, e.g. "le
 * grand retour d'Octave Klaba, fondateur d'OVHcloud"). A topic phrase becomes key items: common words
 * as Lucene stems; names (words with a capital or a digit) as surface forms matched also by their
 * Double Metaphone code (ASR spells names freely: Klaba / Claba) and against two adjacent words
 * written together (OVHcloud / OVH Cloud).
 */
public final class AnnouncedTopics {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final int MIN_PHONETIC_LENGTH = 4;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final LexicalAnalyzer analyzer;
    private final List<Topic> topics = new ArrayList<>();

    public AnnouncedTopics(LexicalAnalyzer analyzer, List<String> announcedTopics) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        for (String phrase : Objects.requireNonNull(announcedTopics, "announcedTopics")) {
            if (phrase == null || phrase.isBlank()) {
                continue;
            }
            Topic t = topic(phrase);
            if (t.size() > 0) {
                topics.add(t);
            }
        }
    }

    public int size() {
        return topics.size();
    }

    /**
     * For each sentence and topic, the share of the topic's key items the sentence contains:
     * {@code result[sentence][topic]} in [0, 1].
     */
    public double[][] match(List<String> sentences) {
        return match(sentences, sentences.stream().map(analyzer::terms).toList());
    }

    /**
     * {@link #match(List)} for sentences whose terms ({@link LexicalAnalyzer#terms}, the same analyzer)
     * the caller already has. Each distinct word or word pair of the episode gets its phonetic code once.
     */
    public double[][] match(List<String> sentences, List<List<String>> terms) {
        if (terms.size() != sentences.size()) {
            throw new IllegalArgumentException("one list of terms per sentence: " + terms.size() + " for " + sentences.size());
        }
        double[][] out = new double[sentences.size()][topics.size()];
        Map<String, String> phonetic = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> stems = new HashSet<>(terms.get(i));
            Set<String> forms = new HashSet<>();
            Set<String> codes = new HashSet<>();
            // every word of the sentence (its content words among them) and every two adjacent words
            String[] all = WORD_SEPARATORS.split(sentences.get(i).toLowerCase(Locale.ROOT));
            for (int w = 0; w < all.length; w++) {
                addForm(all[w], forms, codes, phonetic);
                if (w + 1 < all.length) {
                    addForm(all[w] + all[w + 1], forms, codes, phonetic);
                }
            }
            for (int t = 0; t < topics.size(); t++) {
                out[i][t] = topics.get(t).share(stems, forms, codes);
            }
        }
        return out;
    }

    private static void addForm(String form, Set<String> forms, Set<String> codes, Map<String, String> phonetic) {
        if (form.isEmpty()) {
            return;
        }
        forms.add(form);
        String code = phonetic(form, phonetic);
        if (code != null) {
            codes.add(code);
        }
    }

    /** The form's Double Metaphone code, null when it is too short to have a useful one. */
    private static String phonetic(String form, Map<String, String> cache) {
        return form.length() < MIN_PHONETIC_LENGTH ? null : cache.computeIfAbsent(form, METAPHONE::doubleMetaphone);
    }

    private Topic topic(String phrase) {
        Set<String> stems = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String word : phrase.split("[\\s\\p{Punct}&&[^'’-]]+|(?<=\\p{L})['’](?=\\p{L})")) {
            String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            boolean name = !w.equals(w.toLowerCase(Locale.ROOT)) || w.chars().anyMatch(Character::isDigit);
            String lower = w.toLowerCase(Locale.ROOT);
            if (LexicalAnalyzer.isFunctionWord(analyzer.language(), lower) || w.length() < 2) {
                continue;
            }
            if (name) {
                names.add(lower);
            } else {
                stems.addAll(analyzer.terms(w));
            }
        }
        return new Topic(stems, names);
    }

    /** A topic's key items; {@code nameCodes[i]}: the phonetic code of the i-th name, or null. */
    private record Topic(Set<String> stems, List<String> names, String[] nameCodes) {
        Topic(Set<String> stems, Set<String> names) {
            this(stems, List.copyOf(names), names.stream().map(n -> phonetic(n, new HashMap<>())).toArray(String[]::new));
        }

        /** Names weigh double: they are the most specific part of a topic phrase. */
        int size() {
            return stems.size() + 2 * names.size();
        }

        double share(Set<String> sentenceStems, Set<String> forms, Set<String> codes) {
            int hit = 0;
            for (String s : stems) {
                if (sentenceStems.contains(s)) {
                    hit++;
                }
            }
            for (int i = 0; i < names.size(); i++) {
                if (forms.contains(names.get(i)) || nameCodes[i] != null && codes.contains(nameCodes[i])) {
                    hit += 2;
                }
            }
            return size() == 0 ? 0 : (double) hit / size();
        }
    }
}
