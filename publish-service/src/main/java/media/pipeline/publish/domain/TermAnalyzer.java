package media.pipeline.publish.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * Turns text into the stems that carry content, with Lucene's analyzer of the language (French: elision,
 * light stemmer; English: possessive, Porter stemmer; German, Spanish, Italian, Dutch, Portuguese: their
 * analyzers' stemmers). Stop words are the snowball list of the language
 * plus general words and fillers ({@link Language}); multi-word fillers ("en fait", "you know") are
 * removed before analysis. Thread-safe: Lucene analyzers reuse their token streams per thread.
 * The analyzers are never closed: one instance is meant to live as long as the application.
 */
final class TermAnalyzer {
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final Map<Language, Pattern> fillerPhrases = new EnumMap<>(Language.class);

    TermAnalyzer() {
        for (Language language : Language.values()) {
            CharArraySet stop = new CharArraySet(256, true);
            stop.addAll(snowballStopWords(language));
            stop.addAll(language.extraStopWords);
            stop.addAll(language.fillers);
            analyzers.put(language, analyzer(language, stop));
            fillerPhrases.put(language, Language.phrasesAtWordStart(language.fillerPhrases));
        }
    }

    /** The content stems of {@code text}, in order, repeats kept. */
    List<String> stems(String text, Language language) {
        Objects.requireNonNull(language, "language");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cleaned = fillerPhrases.get(language).matcher(text).replaceAll(" ");
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream("text", cleaned)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank()) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer analyzer(Language language, CharArraySet stop) {
        return switch (language) {
            case FR -> new FrenchAnalyzer(stop);
            case EN -> new EnglishAnalyzer(stop);
            case DE -> new GermanAnalyzer(stop);
            case ES -> new SpanishAnalyzer(stop);
            case IT -> new ItalianAnalyzer(stop);
            case NL -> new DutchAnalyzer(stop);
            case PT -> new PortugueseAnalyzer(stop);
        };
    }

    private static CharArraySet snowballStopWords(Language language) {
        // the snowball lists (Lucene ships them for the snowball filters); for English fuller than
        // EnglishAnalyzer's 33 words: pronouns and auxiliaries are not content
        try (InputStream in = SnowballFilter.class
                .getResourceAsStream("/org/apache/lucene/analysis/snowball/" + language.snowballStopFile)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's stop list " + language.snowballStopFile + " is missing");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
