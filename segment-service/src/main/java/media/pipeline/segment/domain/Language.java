package media.pipeline.segment.domain;

import java.util.List;
import java.util.Locale;

/**
 * The languages the segmentation stages know: each has a Lucene analysis chain, an OpenNLP sentence
 * model and lists of discourse markers. Other codes are resolved by a stop-word vote on the text.
 */
public enum Language {
    FRENCH("fr"),
    ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code. */
    public String code() {
        return code;
    }

    /**
     * The language named by an ISO code ("fr", "fr-FR", "en_US"...); when the code is absent or not
     * one we know, the language whose stop words are most frequent in {@code texts}.
     */
    public static Language resolve(String isoCode, List<String> texts) {
        if (isoCode != null) {
            String c = isoCode.trim().toLowerCase(Locale.ROOT);
            for (Language l : values()) {
                if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                    return l;
                }
            }
        }
        return detect(texts);
    }

    /** Votes by function words; ties (including no text) go to English. */
    static Language detect(List<String> texts) {
        int fr = 0;
        int en = 0;
        int seen = 0;
        for (String t : texts == null ? List.<String>of() : texts) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (LexicalAnalyzer.isFunctionWord(FRENCH, w)) {
                    fr++;
                }
                if (LexicalAnalyzer.isFunctionWord(ENGLISH, w)) {
                    en++;
                }
                if (++seen > 5000) {
                    return fr > en ? FRENCH : ENGLISH;
                }
            }
        }
        return fr > en ? FRENCH : ENGLISH;
    }
}
