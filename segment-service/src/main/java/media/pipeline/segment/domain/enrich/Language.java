package media.pipeline.segment.domain.enrich;

import java.util.Locale;

/** Languages with their own analysis; anything else is analysed without stemming. */
enum Language {
    FRENCH, ENGLISH, OTHER;

    /** From an ISO 639-1 code or a tag like "fr-FR"; null or blank counts as OTHER. */
    static Language of(String code) {
        if (code == null || code.isBlank()) {
            return OTHER;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.startsWith("fr")) {
            return FRENCH;
        }
        if (c.startsWith("en")) {
            return ENGLISH;
        }
        return OTHER;
    }
}
