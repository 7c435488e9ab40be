package media.pipeline.segment.domain.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Stop words per language: Lucene's list plus the spoken fillers and generic talk words of
 * {@code gazetteer/fillers-<lang>.txt}. Every word is held both as written and accent-folded.
 * Immutable once built.
 */
final class StopWords {
    private final CharArraySet french;
    private final CharArraySet english;
    private final Set<String> foldedUnion;

    private StopWords(CharArraySet french, CharArraySet english) {
        this.french = CharArraySet.unmodifiableSet(french);
        this.english = CharArraySet.unmodifiableSet(english);
        Set<String> union = new HashSet<>();
        for (CharArraySet set : new CharArraySet[] {french, english}) {
            for (Object word : set) {
                union.add(Text.key(new String((char[]) word)));
            }
        }
        this.foldedUnion = Set.copyOf(union);
    }

    /** The stop words of the service, loaded once. */
    static StopWords shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final StopWords INSTANCE = load();
    }

    static StopWords load() {
        CharArraySet fr = withFolded(FrenchAnalyzer.getDefaultStopSet(), read("/gazetteer/fillers-fr.txt"));
        CharArraySet en = withFolded(EnglishAnalyzer.getDefaultStopSet(), read("/gazetteer/fillers-en.txt"));
        return new StopWords(fr, en);
    }

    /** The stop set for an analyzer of the given language ("fr", "en"; anything else: both). */
    CharArraySet forLanguage(Language language) {
        return switch (language) {
            case FRENCH -> french;
            case ENGLISH -> english;
            case OTHER -> {
                CharArraySet both = new CharArraySet(french.size() + english.size(), true);
                both.addAll(french);
                both.addAll(english);
                yield both;
            }
        };
    }

    /** Whether a word is a stop word or filler in any supported language, accents and case ignored. */
    boolean isStop(String word) {
        return foldedUnion.contains(Text.key(word));
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
