package media.pipeline.segment.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Content terms of a text: Lucene's {@link FrenchAnalyzer} / {@link EnglishAnalyzer} (elision,
 * lower-casing, stemming) with a larger stop set: the Snowball stop list of the language, the
 * analyzer's own, and {@link SpokenFillers} (hesitations, discourse fillers, light verbs of speech).
 * Multi-word fillers ("you know", "en fait") are removed before analysis. Thread-safe.
 */
public final class LexicalAnalyzer {
    private static final Map<Language, CharArraySet> STOP = new EnumMap<>(Language.class);

    static {
        STOP.put(Language.FRENCH, stopSet(Language.FRENCH));
        STOP.put(Language.ENGLISH, stopSet(Language.ENGLISH));
    }

    private final Language language;
    private final Analyzer analyzer;
    private final Pattern multiWordFillers;

    public LexicalAnalyzer(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        CharArraySet stop = STOP.get(language);
        this.analyzer = language == Language.FRENCH ? new FrenchAnalyzer(stop) : new EnglishAnalyzer(stop);
        this.multiWordFillers = SpokenFillers.multiWordPattern(language);
    }

    public Language language() {
        return language;
    }

    /** Stemmed content terms, in order; empty for blank text. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String cleaned = multiWordFillers.matcher(text).replaceAll(" ");
        try (TokenStream ts = analyzer.tokenStream("t", cleaned)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (keep(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lower-cased surface words that are not stop words (for phonetic matching of names). */
    public List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        CharArraySet stop = STOP.get(language);
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !stop.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean isFunctionWord(Language language, String lowerCaseWord) {
        return !lowerCaseWord.isEmpty() && STOP.get(language).contains(lowerCaseWord);
    }

    private static boolean keep(String t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false; // pure numbers carry little topical signal in speech ("deux mille", "2018")
    }

    private static CharArraySet stopSet(Language language) {
        CharArraySet set = new CharArraySet(1024, true);
        String file = language == Language.FRENCH ? "french_stop.txt" : "english_stop.txt";
        try (Reader r = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            set.addAll(WordlistLoader.getSnowballWordSet(r));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene stop list " + file + " missing", e);
        }
        set.addAll(language == Language.FRENCH
                ? FrenchAnalyzer.getDefaultStopSet() : EnglishAnalyzer.getDefaultStopSet());
        set.addAll(SpokenFillers.words(language));
        return CharArraySet.unmodifiableSet(set);
    }
}
