package media.pipeline.ingest.domain;

import java.util.regex.Pattern;

/**
 * Guesses the layout of a decoded transcript, first match wins:
 * <ol>
 *   <li>{@code webvtt}: the first non-blank line starts with {@code WEBVTT};</li>
 *   <li>{@code srt}: some line is a caption timing {@code 00:00:01,000 --> 00:00:04,000};</li>
 *   <li>{@code speaker}: at least {@value #MIN_SPEAKER_SHARE_PERCENT} % of the timed lines are speaker
 *       turn headings ({@code 0:01:02 à 0:01:09 Name :}, {@code 12.3 - 17.8 SPEAKER_01}) or bracketed
 *       times ({@code [1:05] text}), or named turns ({@code Jane Doe  0:04}, {@code Speaker 1 (00:01:02): text}) when
 *       these are at least a fifth of the non-blank lines (a sentence ending in "at 20:30" is not a turn);</li>
 *   <li>{@code page}: a "Transcription"/"Transcript" label line, or at least half of the non-blank lines
 *       start with a timestamp;</li>
 *   <li>{@code plain} otherwise.</li>
 * </ol>
 */
final class FormatDetector {
    static final int MIN_SPEAKER_SHARE_PERCENT = 50;
    private static final Pattern CAPTION_TIMING = Pattern.compile(
            "^\\s*" + Timecodes.CLOCK + "\\s*-->\\s*" + Timecodes.CLOCK + ".*$");
    private static final Pattern PAGE_LABEL = Pattern.compile("^.{0,30}?(?:Transcription|Transcript)\\s*$");

    TranscriptFormat detect(String text) {
        String[] lines = text.split("\n", -1);
        String first = firstNonBlank(lines);
        if (first.startsWith("WEBVTT")) {
            return TranscriptFormat.WEBVTT;
        }
        int nonBlank = 0;
        int pageTimed = 0;
        int speakerTimed = 0;
        int namedTurns = 0;
        boolean label = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (CAPTION_TIMING.matcher(line).matches()) {
                return TranscriptFormat.SRT;
            }
            if (SpeakerTranscriptParser.CLOCK_TURN.matcher(line).matches()
                    || SpeakerTranscriptParser.SECONDS_TURN.matcher(line).matches()
                    || SpeakerTranscriptParser.BRACKET_CUE.matcher(line).matches()) {
                speakerTimed++;
            } else if (PageTranscriptParser.CUE_LINE.matcher(line).matches()) {
                pageTimed++;
            } else if (Character.isLetter(line.codePointAt(0)) && SpeakerTranscriptParser.namedTurn(line)) {
                namedTurns++;
            }
            label |= PAGE_LABEL.matcher(line).matches();
        }
        if (namedTurns * 5 >= nonBlank) {
            speakerTimed += namedTurns;
        }
        int timed = speakerTimed + pageTimed;
        if (speakerTimed > 0 && speakerTimed * 100 >= timed * MIN_SPEAKER_SHARE_PERCENT) {
            return TranscriptFormat.SPEAKER;
        }
        if (pageTimed > 0 && (label || pageTimed * 2 >= nonBlank)) {
            return TranscriptFormat.PAGE;
        }
        return TranscriptFormat.PLAIN;
    }

    private static String firstNonBlank(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
