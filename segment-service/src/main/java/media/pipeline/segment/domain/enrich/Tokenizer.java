package media.pipeline.segment.domain.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words for entity lookup. Words are runs of letters and digits, joined by
 * '&amp;' or an apostrophe; hyphens separate words. A French elided article or pronoun ("l'",
 * "d'", "qu'", "jusqu'"...) is dropped, as is the English possessive "'s". Stateless.
 */
final class Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[&'’][\\p{L}\\p{N}]+)*");
    private static final Set<String> ELIDED = Set.of(
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");
    private static final String SENTENCE_END = ".!?…";

    List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        if (sentence == null || sentence.isEmpty()) {
            return out;
        }
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            int apostrophe = indexOfApostrophe(word);
            if (apostrophe > 0 && ELIDED.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT))) {
                start += apostrophe + 1;
                word = word.substring(apostrophe + 1);
                apostrophe = indexOfApostrophe(word);
            }
            if (apostrophe > 0 && word.length() - apostrophe == 2
                    && Character.toLowerCase(word.charAt(apostrophe + 1)) == 's') {
                end -= 2;
                word = word.substring(0, apostrophe);
            }
            out.add(new Token(word, start, end, opensSentence(sentence, start)));
        }
        return out;
    }

    private static int indexOfApostrophe(String word) {
        int a = word.indexOf('\'');
        int b = word.indexOf('’');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            if (SENTENCE_END.indexOf(c) >= 0) {
                return true;
            }
        }
        return true;
    }
}
