package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
        double[][] out = new double[sentences.size()][topics.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i);
            Set<String> stems = new HashSet<>(analyzer.terms(text));
            Set<String> forms = new HashSet<>();
            Set<String> codes = new HashSet<>();
            List<String> words = analyzer.contentWords(text);
            List<String> all = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            for (int w = 0; w < all.size(); w++) {
                addForm(all.get(w), forms, codes);
                if (w + 1 < all.size()) {
                    addForm(all.get(w) + all.get(w + 1), forms, codes);
                }
            }
            forms.addAll(words);
            for (int t = 0; t < topics.size(); t++) {
                out[i][t] = topics.get(t).share(stems, forms, codes);
            }
        }
        return out;
    }

    private static void addForm(String form, Set<String> forms, Set<String> codes) {
        if (form.isEmpty()) {
            return;
        }
        forms.add(form);
        if (form.length() >= MIN_PHONETIC_LENGTH) {
            codes.add(METAPHONE.doubleMetaphone(form));
        }
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

    private record Topic(Set<String> stems, Set<String> names) {
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
            for (String n : names) {
                if (forms.contains(n)
                        || n.length() >= MIN_PHONETIC_LENGTH && codes.contains(METAPHONE.doubleMetaphone(n))) {
                    hit += 2;
                }
            }
            return size() == 0 ? 0 : (double) hit / size();
        }
    }
}
