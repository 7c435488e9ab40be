package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text without timestamps: split into sentence-sized cues (at {@code . ! ? …} followed by a capital, a
 * digit or a quote, and at paragraph breaks; a sentence longer than {@value #MAX_WORDS} words is cut into
 * pieces, after a comma where possible). Times are estimated from a speaking rate: each cue lasts
 * {@code words / wordsPerSecond} seconds, at least one, back to back from 0. The result is flagged
 * {@code timesEstimated}.
 *
 * <p>When at least half of the non-blank lines (and two or more) open with a speaker's name and a colon
 * ({@code Jane: Hello.}, {@code JOHN DOE: Hi.}; the name as {@link SpeakerTranscriptParser#nameLike} accepts it),
 * the text is read as untimed speaker turns: a named line starts a turn, other lines continue it, and every cue
 * carries its turn's speaker.
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
        List<Turn> turns = speakerTurns(text);
        if (turns == null) {
            turns = new ArrayList<>();
            for (String paragraph : PARAGRAPH.split(text)) {
                turns.add(new Turn(null, new StringBuilder(paragraph)));
            }
        }
        for (Turn turn : turns) {
            String flat = SPACES.matcher(turn.text()).replaceAll(" ").strip();
            if (flat.isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(flat)) {
                for (String piece : pieces(sentence.strip())) {
                    double duration = estimateSeconds(piece, wordsPerSecond);
                    cues.add(new TimedLine(clock, clock + duration, turn.speaker(), piece));
                    clock += duration;
                }
            }
        }
        return new ParseResult(cues, List.of(), List.of("no timestamps: cue times estimated at "
                + wordsPerSecond + " words per second"), true, PageHeader.NONE);
    }

    private record Turn(String speaker, StringBuilder text) {
    }

    /** The turns of a "Name: text" transcript, or null when too few lines open with a name. */
    private static List<Turn> speakerTurns(String text) {
        String[] lines = text.split("\n");
        int nonBlank = 0;
        int named = 0;
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty()) {
                nonBlank++;
                named += namedLine(l) != null ? 1 : 0;
            }
        }
        if (named < 2 || named * 2 < nonBlank) {
            return null;
        }
        List<Turn> turns = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            Matcher m = l.isEmpty() ? null : namedLine(l);
            if (m != null) {
                turns.add(new Turn(m.group(1).strip(), new StringBuilder(m.group(2))));
            } else if (!l.isEmpty() && turns.isEmpty()) {
                turns.add(new Turn(null, new StringBuilder(l)));
            } else if (!l.isEmpty()) {
                turns.get(turns.size() - 1).text().append(' ').append(l);
            }
        }
        return turns;
    }

    private static Matcher namedLine(String line) {
        Matcher m = SpeakerTranscriptParser.INLINE_NAME.matcher(line);
        return m.matches() && SpeakerTranscriptParser.nameLike(m.group(1)) ? m : null;
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
