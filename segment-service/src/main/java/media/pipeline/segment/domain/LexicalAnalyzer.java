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
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Content terms of a text: Lucene's analyzer of the language ({@link FrenchAnalyzer}, {@link EnglishAnalyzer},
 * {@link GermanAnalyzer}, {@link SpanishAnalyzer}, {@link ItalianAnalyzer}, {@link DutchAnalyzer},
 * {@link PortugueseAnalyzer}: elision where the language has it, lower-casing, stemming) with a larger stop
 * set: the Snowball stop list of the language, the analyzer's own, and {@link SpokenFillers} (hesitations,
 * discourse fillers, light verbs of speech).
 * Multi-word fillers ("you know", "en fait") are removed before analysis. Thread-safe.
 */
public final class LexicalAnalyzer {
    private static final Map<Language, CharArraySet> STOP = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            STOP.put(l, stopSet(l));
        }
    }

    private final Language language;
    private final Analyzer analyzer;
    private final Pattern multiWordFillers;

    public LexicalAnalyzer(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        CharArraySet stop = STOP.get(language);
        this.analyzer = analyzer(language, stop);
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

    /** The whole stop set of a language (Snowball's list, the analyzer's, the spoken fillers), unmodifiable. */
    public static CharArraySet stopWords(Language language) {
        return STOP.get(Objects.requireNonNull(language, "language"));
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

    private static Analyzer analyzer(Language language, CharArraySet stop) {
        return switch (language) {
            case FRENCH -> new FrenchAnalyzer(stop);
            case ENGLISH -> new EnglishAnalyzer(stop);
            case GERMAN -> new GermanAnalyzer(stop);
            case SPANISH -> new SpanishAnalyzer(stop);
            case ITALIAN -> new ItalianAnalyzer(stop);
            case DUTCH -> new DutchAnalyzer(stop);
            case PORTUGUESE -> new PortugueseAnalyzer(stop);
        };
    }

    private static CharArraySet defaultStopSet(Language language) {
        return switch (language) {
            case FRENCH -> FrenchAnalyzer.getDefaultStopSet();
            case ENGLISH -> EnglishAnalyzer.getDefaultStopSet();
            case GERMAN -> GermanAnalyzer.getDefaultStopSet();
            case SPANISH -> SpanishAnalyzer.getDefaultStopSet();
            case ITALIAN -> ItalianAnalyzer.getDefaultStopSet();
            case DUTCH -> DutchAnalyzer.getDefaultStopSet();
            case PORTUGUESE -> PortugueseAnalyzer.getDefaultStopSet();
        };
    }

    private static CharArraySet stopSet(Language language) {
        CharArraySet set = new CharArraySet(1024, true);
        String file = language.snowballStopFile();
        try (Reader r = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            set.addAll(WordlistLoader.getSnowballWordSet(r));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene stop list " + file + " missing", e);
        }
        set.addAll(defaultStopSet(language));
        set.addAll(SpokenFillers.words(language));
        return CharArraySet.unmodifiableSet(set);
    }
}
