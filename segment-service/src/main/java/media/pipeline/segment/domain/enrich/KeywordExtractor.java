package media.pipeline.segment.domain.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

import media.pipeline.contracts.Sentence;

/**
 * Keywords of a chapter, scored against the other chapters of the episode (TF-IDF over chapters).
 *
 * <p>Words are analysed per language with Lucene (standard tokenizer, elision, lower case, stop words
 * of Lucene plus spoken fillers and generic talk words, light French stemmer or Porter stemmer) and
 * counted by stem; two kept words that follow each other with nothing removed or no punctuation
 * between count as a bigram. Score: {@code (1 + ln tf) * ln(1 + N / df)}, bigrams x1.5, where tf
 * counts the stem in the chapter, df the chapters holding it and N the chapters. A single word needs
 * tf &gt;= 2 in chapters of 150+ words, a bigram always. Each stem is shown as its most frequent
 * surface form; stop words, fillers, numbers, words with fewer than 2 letters and lower-case words
 * of 2 letters never come out ("IA" does).
 * Thread-safe: Lucene analyzers reuse their components per thread.
 */
final class KeywordExtractor {
    static final int DEFAULT_MAX = 8;
    private static final Pattern ELIDED = Pattern.compile(
            "^(?i)(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]");
    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]$");
    /** Italian elided articles and prepositions ("l'", "dell'", "un'"), as Lucene's ItalianAnalyzer lists them. */
    private static final CharArraySet ITALIAN_ARTICLES = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d"), true));
    private static final int LONG_CHAPTER = 150;
    private static final double BIGRAM_BOOST = 1.5;

    private final StopWords stop;
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    KeywordExtractor(StopWords stop) {
        if (stop == null) {
            throw new IllegalArgumentException("stop words are required");
        }
        this.stop = stop;
        for (Language language : Language.values()) {
            analyzers.put(language, analyzer(language, stop.forLanguage(language)));
        }
    }

    /** Counts of stems and bigrams of one chapter, with the surface forms they came from. */
    record TermCounts(Map<String, Integer> counts, Map<String, Map<String, Integer>> surfaces, int words) {
        TermCounts {
            counts = Map.copyOf(counts);
            surfaces = Map.copyOf(surfaces);
        }

        static TermCounts empty() {
            return new TermCounts(Map.of(), Map.of(), 0);
        }
    }

    /**
     * Counts a chapter's terms.
     *
     * @param excluded folded words never to count (e.g. the host's and guests' names)
     */
    TermCounts count(List<Sentence> chapter, Language language, Set<String> excluded) {
        if (chapter == null || chapter.isEmpty()) {
            return TermCounts.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        int words = 0;
        Analyzer analyzer = analyzers.get(language == null ? Language.OTHER : language);
        for (Sentence sentence : chapter) {
            if (sentence == null || sentence.text().isBlank()) {
                continue;
            }
            String text = sentence.text();
            try (TokenStream ts = analyzer.tokenStream("text", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
                ts.reset();
                String previousStem = null;
                int previousStart = -1;
                int previousEnd = -1;
                while (ts.incrementToken()) {
                    words++;
                    String stem = term.toString();
                    String raw = text.substring(offset.startOffset(), offset.endOffset());
                    String unelided = ELIDED.matcher(raw).replaceFirst("");
                    String surface = POSSESSIVE.matcher(unelided).replaceFirst("");
                    int start = offset.startOffset() + raw.length() - unelided.length();
                    if (!keep(stem, surface, excluded, language)) {
                        previousStem = null;
                        continue;
                    }
                    add(counts, surfaces, stem, surface);
                    if (previousStem != null && increment.getPositionIncrement() == 1
                            && text.substring(previousEnd, start).isBlank()) {
                        add(counts, surfaces, previousStem + " " + stem, text.substring(previousStart, offset.endOffset()));
                    }
                    previousStem = stem;
                    previousStart = start;
                    previousEnd = offset.endOffset();
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TermCounts(counts, surfaces, words);
    }

    /** The top {@code max} keywords of a chapter against all chapters of the episode. */
    List<String> extract(TermCounts chapter, List<TermCounts> allChapters, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max keywords must be >= 1, was " + max);
        }
        if (chapter.counts().isEmpty()) {
            return List.of();
        }
        return extract(chapter, documentFrequencies(allChapters), allChapters.size(), max);
    }

    /** In how many of the chapters each term occurs; computed once per episode for {@link #extract}. */
    static Map<String, Integer> documentFrequencies(List<TermCounts> allChapters) {
        Map<String, Integer> df = new HashMap<>();
        for (TermCounts other : allChapters) {
            other.counts().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        return df;
    }

    /**
     * {@link #extract(TermCounts, List, int)} with the episode's document frequencies already counted
     * ({@link #documentFrequencies}): counting them per chapter made an episode's enrichment grow with
     * chapters × terms.
     */
    List<String> extract(TermCounts chapter, Map<String, Integer> df, int chapters, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max keywords must be >= 1, was " + max);
        }
        if (chapter.counts().isEmpty()) {
            return List.of();
        }
        int n = Math.max(1, chapters);
        int minUnigram = chapter.words() >= LONG_CHAPTER ? 2 : 1;
        record Candidate(String term, int tf, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        chapter.counts().forEach((term, tf) -> {
            boolean bigram = term.indexOf(' ') > 0;
            if (tf < (bigram ? 2 : minUnigram)) {
                return;
            }
            int d = Math.max(1, Math.min(n, df.getOrDefault(term, 1)));
            double score = (1 + Math.log(tf)) * Math.log(1 + (double) n / d) * (bigram ? BIGRAM_BOOST : 1);
            candidates.add(new Candidate(term, tf, score));
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::tf).reversed())
                .thenComparing(Candidate::term));
        List<String> out = new ArrayList<>();
        Set<String> usedStems = new HashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            if (out.size() >= max) {
                break;
            }
            boolean bigram = c.term().indexOf(' ') > 0;
            if (!bigram && usedStems.contains(c.term())) {
                continue;
            }
            String surface = bestSurface(chapter.surfaces().get(c.term()));
            if (!shown.add(surface.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(surface);
            if (bigram) {
                usedStems.addAll(List.of(c.term().split(" ")));
            }
        }
        return List.copyOf(out);
    }

    private boolean keep(String stem, String surface, Set<String> excluded, Language language) {
        if (stem.length() < 2) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters < 2 || digits >= letters) {
            return false;
        }
        String key = Text.key(surface);
        boolean acronym = surface.equals(surface.toUpperCase(Locale.ROOT));
        // German capitalises every noun: a lower-case word there is a verb, adjective or adverb, not a topic
        boolean germanNonNoun = language == Language.GERMAN && !Character.isUpperCase(surface.codePointAt(0));
        return (key.length() >= 3 || acronym) && !germanNonNoun && !stop.isStop(surface, language)
                && !excluded.contains(key);
    }

    private static void add(Map<String, Integer> counts, Map<String, Map<String, Integer>> surfaces, String term,
                            String surface) {
        counts.merge(term, 1, Integer::sum);
        surfaces.computeIfAbsent(term, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
    }

    /** Most frequent form; on a tie the one with fewer capitals ("cloud" over "Cloud"), then alphabetical. */
    private static String bestSurface(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -upperCount(e.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Analyzer analyzer(Language language, CharArraySet stopSet) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = source;
                switch (language) {
                    case FRENCH -> {
                        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new FrenchLightStemFilter(stream);
                    }
                    case ENGLISH -> {
                        stream = new EnglishPossessiveFilter(stream);
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new PorterStemFilter(stream);
                    }
                    case GERMAN -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new GermanNormalizationFilter(stream);
                        stream = new GermanLightStemFilter(stream);
                    }
                    case SPANISH -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new SpanishLightStemFilter(stream);
                    }
                    case ITALIAN -> {
                        stream = new ElisionFilter(stream, ITALIAN_ARTICLES);
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new ItalianLightStemFilter(stream);
                    }
                    case DUTCH -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new SnowballFilter(stream, new DutchStemmer());
                    }
                    case PORTUGUESE -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                        stream = new PortugueseLightStemFilter(stream);
                    }
                    case OTHER -> {
                        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, stopSet);
                    }
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
