package media.pipeline.segment.domain.enrich;

import java.util.List;

/**
 * One name of an entry, with the keys it is looked up by.
 *
 * @param tokens    the words of the name
 * @param spaced    folded word keys joined by spaces ("ovh cloud")
 * @param joined    folded word keys joined without spaces ("ovhcloud")
 * @param phonetic  {@link Text#phonetic} of {@code joined}
 * @param metaphone Double Metaphone of {@code joined}
 * @param acronym   written in capitals, up to 4 letters: matches only words in capitals
 */
record Alias(GazetteerEntry entry, String text, List<Token> tokens, String spaced, String joined,
             String phonetic, String metaphone, boolean acronym) {

    static Alias of(GazetteerEntry entry, String text, Tokenizer tokenizer) {
        List<Token> tokens = tokenizer.tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        String spaced = String.join(" ", tokens.stream().map(Token::key).toList());
        String joined = spaced.replace(" ", "");
        if (joined.length() < 2 && !entry.name().equals(text)) {
            return null;
        }
        String phonetic = Text.phonetic(joined);
        boolean acronym = tokens.size() == 1 && tokens.get(0).acronym() && joined.length() <= 4;
        return new Alias(entry, text, List.copyOf(tokens), spaced, joined, phonetic, Text.metaphone(joined), acronym);
    }

    int size() {
        return tokens.size();
    }
}
