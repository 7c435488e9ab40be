package media.pipeline.segment.domain.enrich;

import java.util.Locale;

/**
 * Languages with their own keyword analysis (stop words, light stemming): the segmentation stages'
 * languages; anything else is OTHER, analysed with the stop words of all of them and without stemming.
 */
enum Language {
    FRENCH(media.pipeline.segment.domain.Language.FRENCH),
    ENGLISH(media.pipeline.segment.domain.Language.ENGLISH),
    GERMAN(media.pipeline.segment.domain.Language.GERMAN),
    SPANISH(media.pipeline.segment.domain.Language.SPANISH),
    ITALIAN(media.pipeline.segment.domain.Language.ITALIAN),
    DUTCH(media.pipeline.segment.domain.Language.DUTCH),
    PORTUGUESE(media.pipeline.segment.domain.Language.PORTUGUESE),
    OTHER(null);

    private final media.pipeline.segment.domain.Language segmentation;

    Language(media.pipeline.segment.domain.Language segmentation) {
        this.segmentation = segmentation;
    }

    /** The segmentation stages' language, or null for OTHER. */
    media.pipeline.segment.domain.Language segmentation() {
        return segmentation;
    }

    /** From an ISO 639-1 code or a tag like "fr-FR" or "pt_BR"; null, blank or unknown counts as OTHER. */
    static Language of(String code) {
        if (code == null || code.isBlank()) {
            return OTHER;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.segmentation != null) {
                String own = l.segmentation.code();
                if (c.equals(own) || c.startsWith(own + "-") || c.startsWith(own + "_")) {
                    return l;
                }
            }
        }
        return OTHER;
    }
}
