package media.pipeline.segment.domain.enrich;

/**
 * One word of a sentence as said in the transcript, with an elided article removed
 * ("d'OVHcloud" gives "OVHcloud").
 *
 * @param text            the word as written
 * @param key             folded letters and digits only ({@link Text#key}), computed once: entity lookup asks
 *                        for it many times per word
 * @param start           offset of the word in its sentence
 * @param end             offset after the word
 * @param sentenceInitial true when the word opens a sentence, so its capital says nothing
 */
record Token(String text, String key, int start, int end, boolean sentenceInitial) {

    Token(String text, int start, int end, boolean sentenceInitial) {
        this(text, Text.key(text), start, end, sentenceInitial);
    }

    /** Starts with an upper-case letter or holds an upper-case letter after the first one (iPhone). */
    boolean capitalised() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more upper-case letters and no lower-case one: AWS, OVH, TF1. */
    boolean acronym() {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
