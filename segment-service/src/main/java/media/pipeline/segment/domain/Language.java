package media.pipeline.segment.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages the segmentation stages analyse: the seven that ingest-service's language identifier
 * names. Each has a Lucene analysis chain with its Snowball stop list and stemmer ({@link LexicalAnalyzer}),
 * a sentence detector ({@link SentenceDetector}: an OpenNLP model where one is on the class path, else the
 * JDK's rules for the locale), spoken fillers and discourse markers (transitions, openings, closings;
 * the longest lists for French and English). Other codes are resolved by a stop-word vote on the text.
 */
public enum Language {
    FRENCH("fr", "french_stop.txt"),
    ENGLISH("en", "english_stop.txt"),
    GERMAN("de", "german_stop.txt"),
    SPANISH("es", "spanish_stop.txt"),
    ITALIAN("it", "italian_stop.txt"),
    DUTCH("nl", "dutch_stop.txt"),
    PORTUGUESE("pt", "portuguese_stop.txt");

    private final String code;
    private final String snowballStopFile;

    Language(String code, String snowballStopFile) {
        this.code = code;
        this.snowballStopFile = snowballStopFile;
    }

    /** ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** The locale of the language, for the JDK's sentence rules. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The Snowball stop list's resource name in Lucene's {@code snowball} package. */
    String snowballStopFile() {
        return snowballStopFile;
    }

    /**
     * The language named by an ISO code ("fr", "fr-FR", "es_MX"...); when the code is absent or not
     * one we know ("und", "sv"), the language whose stop words are most frequent in {@code texts};
     * English when nothing can be told ({@link #identify}).
     */
    public static Language resolve(String isoCode, List<String> texts) {
        return identify(isoCode, texts).orElse(ENGLISH);
    }

    /**
     * As {@link #resolve}, but empty when the code is not one we know and the text is in none of our
     * languages: fewer than 5 % of its first 5,000 words are function words of any of them (Russian,
     * Arabic, Chinese text; no text at all).
     */
    public static Optional<Language> identify(String isoCode, List<String> texts) {
        if (isoCode != null) {
            String c = isoCode.trim().toLowerCase(Locale.ROOT);
            for (Language l : values()) {
                if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                    return Optional.of(l);
                }
            }
        }
        return detect(texts);
    }

    /**
     * Votes by function words over the first 5,000 words: the language with the most of its stop words
     * wins; ties go to English, then to the earlier language of this enum; empty when the winner's function
     * words are under 5 % of the words.
     */
    static Optional<Language> detect(List<String> texts) {
        Map<Language, Integer> votes = new EnumMap<>(Language.class);
        int seen = 0;
        outer:
        for (String t : texts == null ? List.<String>of() : texts) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (w.isEmpty()) {
                    continue;
                }
                for (Language l : values()) {
                    if (LexicalAnalyzer.isFunctionWord(l, w)) {
                        votes.merge(l, 1, Integer::sum);
                    }
                }
                if (++seen >= 5000) {
                    break outer;
                }
            }
        }
        Language best = ENGLISH;
        for (Language l : values()) {
            if (votes.getOrDefault(l, 0) > votes.getOrDefault(best, 0)) {
                best = l;
            }
        }
        int count = votes.getOrDefault(best, 0);
        return count > 0 && count >= 0.05 * seen ? Optional.of(best) : Optional.empty();
    }
}
