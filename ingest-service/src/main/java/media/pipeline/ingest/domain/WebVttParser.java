package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT: the {@code WEBVTT} header block, then blocks separated by blank lines. NOTE, STYLE and REGION
 * blocks are skipped; a cue is an optional identifier line, a timing line ({@code mm:ss.ttt} or
 * {@code hh:mm:ss.ttt}, settings after the end time ignored) and payload lines joined with a space. The
 * first {@code <v Name>} voice gives the speaker; styling tags and inline timestamps are removed.
 */
final class WebVttParser implements FormatParser {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + Timecodes.CLOCK + ")\\s*-->\\s*(" + Timecodes.CLOCK + ")(?:\\s+.*)?$");
    private static final Pattern SKIPPED_BLOCK = Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");

    @Override
    public ParseResult parse(String text) {
        List<TimedLine> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<List<String>> blocks = blocks(text);
        for (int b = 0; b < blocks.size(); b++) {
            List<String> block = blocks.get(b);
            String first = block.get(0).strip();
            if ((b == 0 && first.startsWith("WEBVTT")) || SKIPPED_BLOCK.matcher(first).matches()) {
                continue;
            }
            int timingAt = TIMING.matcher(block.get(0)).matches() ? 0
                    : block.size() > 1 && TIMING.matcher(block.get(1)).matches() ? 1 : -1;
            if (timingAt < 0) {
                warnings.add("WebVTT block without a valid timing line skipped: '" + abbreviate(first) + "'");
                continue;
            }
            Matcher timing = TIMING.matcher(block.get(timingAt));
            timing.matches();
            double start;
            double end;
            try {
                start = Timecodes.seconds(timing.group(1));
                end = Timecodes.seconds(timing.group(2));
            } catch (IllegalArgumentException e) {
                warnings.add("WebVTT cue with an impossible time skipped: '" + abbreviate(block.get(timingAt)) + "'");
                continue;
            }
            String payload = String.join("\n", block.subList(timingAt + 1, block.size()));
            String cueText = CaptionMarkup.plainText(payload);
            if (cueText.isEmpty()) {
                continue;
            }
            cues.add(new TimedLine(start, end, CaptionMarkup.voice(payload), cueText));
        }
        return ParseResult.timed(cues, List.of(), warnings);
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
