package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT: the {@code WEBVTT} header block, then blocks separated by blank lines. NOTE, STYLE and REGION
 * blocks are skipped; a cue is an optional identifier line, a timing line ({@code mm:ss.ttt} or
 * {@code hh:mm:ss.ttt}, settings after the end time ignored) and payload lines joined with a space. The
 * first {@code <v Name>} voice gives the speaker; styling tags and inline timestamps are removed. A block
 * without a timing line right after a cue continues that cue (a line of spaces is payload, not a break, in
 * WebVTT); roll-up repeats are removed ({@link RollUpCaptions}).
 */
final class WebVttParser implements FormatParser {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + Timecodes.CLOCK + ")\\s*-->\\s*(" + Timecodes.CLOCK + ")(?:\\s+.*)?$");
    private static final Pattern SKIPPED_BLOCK = Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");

    @Override
    public ParseResult parse(String text) {
        List<Cue> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<List<String>> blocks = blocks(text);
        boolean afterCue = false;
        for (int b = 0; b < blocks.size(); b++) {
            List<String> block = blocks.get(b);
            String first = block.get(0).strip();
            if ((b == 0 && first.startsWith("WEBVTT")) || SKIPPED_BLOCK.matcher(first).matches()) {
                afterCue = false;
                continue;
            }
            int timingAt = TIMING.matcher(block.get(0)).matches() ? 0
                    : block.size() > 1 && TIMING.matcher(block.get(1)).matches() ? 1 : -1;
            if (timingAt < 0) {
                if (afterCue) {
                    // a line of spaces is payload in WebVTT, not a cue break (YouTube opens its cues with one)
                    cues.get(cues.size() - 1).payload.addAll(block);
                } else {
                    warnings.add("WebVTT block without a valid timing line skipped: '" + abbreviate(first) + "'");
                }
                continue;
            }
            Matcher timing = TIMING.matcher(block.get(timingAt));
            timing.matches();
            try {
                cues.add(new Cue(Timecodes.seconds(timing.group(1)), Timecodes.seconds(timing.group(2)),
                        new ArrayList<>(block.subList(timingAt + 1, block.size()))));
                afterCue = true;
            } catch (IllegalArgumentException e) {
                warnings.add("WebVTT cue with an impossible time skipped: '" + abbreviate(block.get(timingAt)) + "'");
                afterCue = false;
            }
        }
        List<RollUpCaptions.Caption> captions = new ArrayList<>();
        for (Cue cue : cues) {
            String payload = String.join("\n", cue.payload);
            List<String> lines = cue.payload.stream().map(CaptionMarkup::plainText).filter(l -> !l.isEmpty()).toList();
            captions.add(new RollUpCaptions.Caption(cue.start, cue.end, CaptionMarkup.voice(payload), lines));
        }
        List<TimedLine> lines = new ArrayList<>();
        for (RollUpCaptions.Caption c : RollUpCaptions.dedupe(captions, warnings)) {
            String cueText = String.join(" ", c.lines());
            if (!cueText.isEmpty()) {
                lines.add(new TimedLine(c.start(), c.end(), c.speaker(), cueText));
            }
        }
        return ParseResult.timed(lines, List.of(), warnings);
    }

    /** A timed block and its payload lines (more may follow in blocks that a line of spaces split off). */
    private static final class Cue {
        final double start;
        final double end;
        final List<String> payload;

        Cue(double start, double end, List<String> payload) {
            this.start = start;
            this.end = end;
            this.payload = payload;
        }
    }

    static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
