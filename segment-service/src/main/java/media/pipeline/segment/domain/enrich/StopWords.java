package media.pipeline.segment.domain.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

import media.pipeline.segment.domain.LexicalAnalyzer;
import media.pipeline.segment.domain.SpokenFillers;

/**
 * Stop words per language: for French and English Lucene's list plus the spoken fillers and generic talk
 * words of {@code gazetteer/fillers-<lang>.txt}; for the other languages the segmentation stages' stop
 * set (Snowball's list, the analyzer's and {@link SpokenFillers}) plus their shorter
 * {@code gazetteer/fillers-<lang>.txt} (number words, a few prepositions). Every word is held both as
 * written and accent-folded. Immutable once built.
 */
final class StopWords {
    private final Map<Language, CharArraySet> sets;
    /** Folded stop words of French and English, the pipeline's main languages (and of OTHER: all). */
    private final Set<String> foldedMain;
    private final Map<Language, Set<String>> foldedByLanguage;

    private StopWords(Map<Language, CharArraySet> sets) {
        this.sets = sets;
        Set<String> main = folded(sets.get(Language.FRENCH));
        main.addAll(folded(sets.get(Language.ENGLISH)));
        this.foldedMain = Set.copyOf(main);
        Map<Language, Set<String>> byLanguage = new EnumMap<>(Language.class);
        for (Map.Entry<Language, CharArraySet> e : sets.entrySet()) {
            Set<String> words = new HashSet<>(main);
            words.addAll(folded(e.getValue()));
            byLanguage.put(e.getKey(), Set.copyOf(words));
        }
        this.foldedByLanguage = byLanguage;
    }

    /** The stop words of the service, loaded once. */
    static StopWords shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final StopWords INSTANCE = load();
    }

    static StopWords load() {
        Map<Language, CharArraySet> sets = new EnumMap<>(Language.class);
        sets.put(Language.FRENCH, withFolded(FrenchAnalyzer.getDefaultStopSet(), read("/gazetteer/fillers-fr.txt")));
        sets.put(Language.ENGLISH, withFolded(EnglishAnalyzer.getDefaultStopSet(), read("/gazetteer/fillers-en.txt")));
        CharArraySet all = new CharArraySet(4096, true);
        all.addAll(sets.get(Language.FRENCH));
        all.addAll(sets.get(Language.ENGLISH));
        for (Language l : Language.values()) {
            if (l.segmentation() != null && !sets.containsKey(l)) {
                sets.put(l, withFolded(LexicalAnalyzer.stopWords(l.segmentation()),
                        read("/gazetteer/fillers-" + l.segmentation().code() + ".txt")));
                all.addAll(sets.get(l));
            }
        }
        sets.put(Language.OTHER, all);
        Map<Language, CharArraySet> frozen = new EnumMap<>(Language.class);
        sets.forEach((l, set) -> frozen.put(l, CharArraySet.unmodifiableSet(set)));
        return new StopWords(frozen);
    }

    /** The stop set for an analyzer of the given language (OTHER: all languages'). */
    CharArraySet forLanguage(Language language) {
        return sets.get(language);
    }

    /**
     * Whether a word is a stop word or filler of French or English, accents and case ignored: the check for
     * names and words whose language is not known (an episode's metadata).
     */
    boolean isStop(String word) {
        return foldedMain.contains(Text.key(word));
    }

    /**
     * Whether a word is a stop word or filler of French, English or the given language (OTHER: any),
     * accents and case ignored.
     */
    boolean isStop(String word, Language language) {
        return foldedByLanguage.get(language == null ? Language.OTHER : language).contains(Text.key(word));
    }

    private static Set<String> folded(CharArraySet set) {
        Set<String> out = new HashSet<>();
        for (Object word : set) {
            out.add(Text.key(new String((char[]) word)));
        }
        return out;
    }

    private static CharArraySet withFolded(CharArraySet base, Set<String> extra) {
        CharArraySet out = new CharArraySet(base.size() * 2 + extra.size() * 2, true);
        for (Object word : base) {
            String w = new String((char[]) word);
            out.add(w);
            out.add(Text.fold(w));
        }
        for (String w : extra) {
            out.add(w);
            out.add(Text.fold(w));
        }
        return out;
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.replace('’', '\''));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
