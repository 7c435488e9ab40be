package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.ChapterHint;

/**
 * Speaker-labelled transcripts. Three layouts, read line by line (they may even be mixed):
 * <ol>
 *   <li>a name line {@code Name :} then one or more {@code [M:SS] text} lines spoken by that name;</li>
 *   <li>a turn heading {@code H:MM:SS à H:MM:SS Name :} (also {@code to}, {@code -}, {@code –}) then
 *       the turn's text lines;</li>
 *   <li>diarisation output {@code 12.345 - 17.890 SPEAKER_01} (seconds) then text lines;</li>
 *   <li>a name heading with the turn's start, as transcription services export (Otter, Rev, Descript):
 *       {@code Jane Doe  0:04}, {@code Speaker 1 (00:01:02)}, {@code Jane [1:05]:}, then the turn's text lines;</li>
 *   <li>an inline turn: {@code Speaker 1 (00:01:02): text}, or {@code [0:05] Jane: text} (a bracketed time whose
 *       text opens with a short capitalised name and a colon).</li>
 * </ol>
 * Lines that are only a number (page numbers, stray indexes) are dropped. {@code Chapter 3: Pricing},
 * {@code Chapitre 3 : Prix}, {@code Part 2 - ...} become a {@link ChapterHint} at the start of the next cue,
 * never speech. Other lines continue the current cue.
 */
final class SpeakerTranscriptParser implements FormatParser {
    static final Pattern BRACKET_CUE = Pattern.compile("^[\\[(](" + Timecodes.CLOCK + ")[\\])]\\s*(.*)$");
    static final Pattern CLOCK_TURN = Pattern.compile(
            "^(" + Timecodes.CLOCK + ")\\s*(?:à|a|to|-|–|—)\\s*(" + Timecodes.CLOCK + ")\\s+([^\\s:]+(?:\\s+[^\\s:]+){0,5}?)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SECONDS_TURN = Pattern.compile(
            "^(\\d+\\.\\d+)\\s*[-–]\\s*(\\d+\\.\\d+)\\s+([^\\s:]+(?:\\s+[^\\s:]+){0,3})\\s*:?$");
    /** A speaker's name: a letter, then up to 40 letters, digits, spaces, {@code _ . ' ’ -}. */
    private static final String NAME = "(\\p{L}[\\p{L}\\p{N}_.'’\\- ]{0,40}?)";
    static final Pattern NAME_CLOCK = Pattern.compile(
            "^" + NAME + "\\s*(?:[\\[(]\\s*(" + Timecodes.CLOCK + ")\\s*[\\])]|\\s(" + Timecodes.CLOCK + "))\\s*:?$");
    static final Pattern NAME_CLOCK_INLINE = Pattern.compile(
            "^" + NAME + "\\s*[\\[(]\\s*(" + Timecodes.CLOCK + ")\\s*[\\])]\\s*:\\s*(\\S.*)$");
    static final Pattern INLINE_NAME = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N}_.'’\\- ]{0,30}?)\\s*:\\s+(\\S.*)$");
    private static final int MAX_HEADING_NAME_WORDS = 4;
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of(
            "de", "du", "des", "la", "le", "d'", "van", "von", "der", "den", "da", "di", "del", "dos", "bin", "al", "y");
    static final Pattern NAME_LINE = Pattern.compile("^([\\p{L}\\p{N}_][^:\\[\\]]{0,60}?)\\s*:$");
    static final Pattern CHAPTER = Pattern.compile(
            "^(?:Chapter|Chapitre|Part|Partie|Section)\\s+(?:\\d+|[IVXLC]+)\\s*[:.\\-–—]\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d+$");
    private static final int MAX_NAME_WORDS = 6;

    @Override
    public ParseResult parse(String text) {
        List<TimedLine> cues = new ArrayList<>();
        List<ChapterHint> chapters = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> pendingChapters = new ArrayList<>();
        String speaker = null;
        int strayNumbers = 0;
        int orphanLines = 0;
        String[] lines = text.split("\n", -1);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (NUMBER_ONLY.matcher(line).matches()) {
                strayNumbers++;
                continue;
            }
            Matcher m;
            TimedLine opened = null;
            if ((m = CHAPTER.matcher(line)).matches()) {
                pendingChapters.add(m.group(1).strip());
                continue;
            } else if ((m = CLOCK_TURN.matcher(line)).matches() && validClock(m.group(1)) && validClock(m.group(2))) {
                speaker = m.group(3).strip();
                opened = new TimedLine(Timecodes.seconds(m.group(1)), Timecodes.seconds(m.group(2)), speaker, "");
            } else if ((m = SECONDS_TURN.matcher(line)).matches()) {
                speaker = m.group(3).strip();
                opened = new TimedLine(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), speaker, "");
            } else if ((m = BRACKET_CUE.matcher(line)).matches() && validClock(m.group(1))) {
                String said = m.group(2).strip();
                Matcher named = INLINE_NAME.matcher(said);
                if (named.matches() && nameLike(named.group(1))) {
                    speaker = named.group(1).strip();
                    said = named.group(2).strip();
                }
                opened = TimedLine.open(Timecodes.seconds(m.group(1)), speaker, said);
            } else if ((m = NAME_CLOCK_INLINE.matcher(line)).matches() && validClock(m.group(2)) && nameLike(m.group(1))) {
                speaker = m.group(1).strip();
                opened = TimedLine.open(Timecodes.seconds(m.group(2)), speaker, m.group(3).strip());
            } else if ((m = NAME_CLOCK.matcher(line)).matches() && nameLike(m.group(1))
                    && validClock(m.group(2) != null ? m.group(2) : m.group(3))) {
                speaker = m.group(1).strip();
                opened = TimedLine.open(Timecodes.seconds(m.group(2) != null ? m.group(2) : m.group(3)), speaker, "");
            } else if ((m = NAME_LINE.matcher(line)).matches() && m.group(1).split("\\s+").length <= MAX_NAME_WORDS) {
                speaker = m.group(1).strip();
                continue;
            }
            if (opened != null) {
                for (String title : pendingChapters) {
                    chapters.add(new ChapterHint(opened.start(), title));
                }
                pendingChapters.clear();
                cues.add(opened);
            } else if (cues.isEmpty()) {
                orphanLines++;
            } else {
                TimedLine last = cues.get(cues.size() - 1);
                cues.set(cues.size() - 1, last.withText(last.text().isEmpty() ? line : last.text() + " " + line));
            }
        }
        for (String title : pendingChapters) {
            warnings.add("chapter heading '" + title + "' after the last cue ignored");
        }
        if (strayNumbers > 0) {
            warnings.add(strayNumbers + " lines holding only a number dropped");
        }
        if (orphanLines > 0) {
            warnings.add(orphanLines + " lines before the first timestamp ignored");
        }
        List<TimedLine> kept = cues.stream().filter(c -> !c.text().isBlank()).toList();
        if (kept.size() < cues.size()) {
            warnings.add((cues.size() - kept.size()) + " speaker turns without text dropped");
        }
        return ParseResult.timed(kept, chapters, warnings);
    }

    /**
     * Whether a heading's words can be a speaker's name: at most {@value #MAX_HEADING_NAME_WORDS} words, each
     * capitalised or a number, bar name particles ("Jean de La Fontaine", "Speaker 1", "SPEAKER_01"), so that a
     * line of speech ending in a time ("the meeting starts at 10:30") is not taken for a turn.
     */
    static boolean nameLike(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length > MAX_HEADING_NAME_WORDS || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A name heading or an inline named turn (for the format detector). */
    static boolean namedTurn(String line) {
        Matcher m = NAME_CLOCK_INLINE.matcher(line);
        if (m.matches()) {
            return nameLike(m.group(1)) && validClock(m.group(2));
        }
        m = NAME_CLOCK.matcher(line);
        return m.matches() && nameLike(m.group(1)) && validClock(m.group(2) != null ? m.group(2) : m.group(3));
    }

    private static boolean validClock(String clock) {
        try {
            Timecodes.seconds(clock);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
