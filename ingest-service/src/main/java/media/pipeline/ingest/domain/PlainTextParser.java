package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text without timestamps: split into sentence-sized cues (at {@code . ! ? …} followed by a capital, a
 * digit or a quote, and at paragraph breaks; a sentence longer than {@value #MAX_WORDS} words is cut into
 * pieces, after a comma where possible). Times are estimated from a speaking rate: each cue lasts
 * {@code words / wordsPerSecond} seconds, at least one, back to back from 0. The result is flagged
 * {@code timesEstimated}.
 */
final class PlainTextParser implements FormatParser {
    static final double DEFAULT_WORDS_PER_SECOND = 2.5;
    static final int MAX_WORDS = 40;
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…])(?<!\\b\\p{Lu}\\.)(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Mme|Mlle|Pr|etc|vs)\\.)[\"»”)]?\\s+(?=[\\p{Lu}\\p{N}\"«“¿¡(])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

    private final double wordsPerSecond;

    PlainTextParser(double wordsPerSecond) {
        if (!(wordsPerSecond > 0) || Double.isInfinite(wordsPerSecond)) {
            throw new IllegalArgumentException("wordsPerSecond must be a positive number, was " + wordsPerSecond);
        }
        this.wordsPerSecond = wordsPerSecond;
    }

    @Override
    public ParseResult parse(String text) {
        List<TimedLine> cues = new ArrayList<>();
        double clock = 0;
        for (String paragraph : PARAGRAPH.split(text)) {
            String flat = SPACES.matcher(paragraph).replaceAll(" ").strip();
            if (flat.isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(flat)) {
                for (String piece : pieces(sentence.strip())) {
                    double duration = estimateSeconds(piece, wordsPerSecond);
                    cues.add(new TimedLine(clock, clock + duration, null, piece));
                    clock += duration;
                }
            }
        }
        return new ParseResult(cues, List.of(), List.of("no timestamps: cue times estimated at "
                + wordsPerSecond + " words per second"), true, PageHeader.NONE);
    }

    /** Seconds to say the text at the given rate, at least one. */
    static double estimateSeconds(String text, double wordsPerSecond) {
        return Math.max(1.0, wordCount(text) / wordsPerSecond);
    }

    /** Words are whitespace-separated tokens holding a letter or digit ("!" and "–" are not words). */
    static int wordCount(String text) {
        int words = 0;
        for (String token : SPACES.split(text.strip())) {
            if (WORDLIKE.matcher(token).find()) {
                words++;
            }
        }
        return words;
    }

    private static List<String> pieces(String sentence) {
        List<String> out = new ArrayList<>();
        if (sentence.isEmpty()) {
            return out;
        }
        String[] words = SPACES.split(sentence);
        int from = 0;
        while (words.length - from > MAX_WORDS) {
            int cut = from + MAX_WORDS;
            for (int i = from + MAX_WORDS - 1; i > from + MAX_WORDS / 2; i--) {
                if (words[i].endsWith(",") || words[i].endsWith(";")) {
                    cut = i + 1;
                    break;
                }
            }
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, cut)));
            from = cut;
        }
        out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
        return out;
    }
}
