package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SubRip: blocks of an index line (optional), {@code 00:00:01,000 --> 00:00:04,000} (dots accepted,
 * {@code X1:...} coordinates ignored) and payload lines joined with a space; {@code <i>}-style tags and
 * {@code {\an8}} overrides removed. A leading {@code >>} (caption speaker change) is dropped.
 *
 * <p>"NAME: text" is kept as text unless the label is clearly one: written in capitals (letters, digits,
 * spaces, {@code _.-'}), at most four words, e.g. {@code "JOHN SMITH: Hello"} or {@code "SPEAKER 2: Hi"}.
 * Mixed-case prefixes ("Note: ...", "Paris: ...") are ordinary speech. Roll-up repeats are removed
 * ({@link RollUpCaptions}); cues whose separating blank lines were lost are split again at their timing lines.
 */
final class SrtParser implements FormatParser {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + Timecodes.CLOCK + ")\\s*-->\\s*(" + Timecodes.CLOCK + ")(?:\\s+.*)?$");
    private static final Pattern INDEX = Pattern.compile("^\\s*\\d+\\s*$");
    private static final Pattern CAPITAL_LABEL = Pattern.compile(
            "^(?:>>\\s*)?(?:-\\s*)?(\\p{Lu}[\\p{Lu}\\p{N}_.'’-]*(?:\\s+[\\p{Lu}\\p{N}_.'’-]+){0,3})\\s*:\\s+(\\S.*)$");
    private static final Pattern CHEVRONS = Pattern.compile("^>>\\s*");

    @Override
    public ParseResult parse(String text) {
        List<TimedLine> cues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<RollUpCaptions.Caption> captions = new ArrayList<>();
        for (List<String> block : cueBlocks(WebVttParser.blocks(text))) {
            int at = 0;
            if (INDEX.matcher(block.get(0)).matches() && block.size() > 1) {
                at = 1;
            }
            Matcher timing = TIMING.matcher(block.get(at));
            if (!timing.matches()) {
                warnings.add("SRT block without a valid timing line skipped: '"
                        + WebVttParser.abbreviate(block.get(0).strip()) + "'");
                continue;
            }
            double start;
            double end;
            try {
                start = Timecodes.seconds(timing.group(1));
                end = Timecodes.seconds(timing.group(2));
            } catch (IllegalArgumentException e) {
                warnings.add("SRT cue with an impossible time skipped: '" + WebVttParser.abbreviate(block.get(at)) + "'");
                continue;
            }
            captions.add(new RollUpCaptions.Caption(start, end, null, block.subList(at + 1, block.size()).stream()
                    .map(CaptionMarkup::plainText).filter(l -> !l.isEmpty()).toList()));
        }
        for (RollUpCaptions.Caption caption : RollUpCaptions.dedupe(captions, warnings)) {
            double start = caption.start();
            double end = caption.end();
            String cueText = String.join(" ", caption.lines());
            String speaker = null;
            Matcher label = CAPITAL_LABEL.matcher(cueText);
            if (label.matches()) {
                speaker = label.group(1).strip();
                cueText = label.group(2).strip();
            } else {
                cueText = CHEVRONS.matcher(cueText).replaceFirst("");
            }
            if (!cueText.isEmpty()) {
                cues.add(new TimedLine(start, end, speaker, cueText));
            }
        }
        return ParseResult.timed(cues, List.of(), warnings);
    }

    /**
     * Splits blocks that hold several cues because the blank lines between them were lost (some tools and
     * copy-pastes strip them): a timing line inside a block starts a new cue, with the index line just above it.
     */
    static List<List<String>> cueBlocks(List<List<String>> blocks) {
        List<List<String>> out = new ArrayList<>(blocks.size());
        for (List<String> block : blocks) {
            int from = 0;
            for (int i = 2; i < block.size(); i++) {
                if (TIMING.matcher(block.get(i)).matches()) {
                    int cut = INDEX.matcher(block.get(i - 1)).matches() && i - 1 > from + 1 ? i - 1 : i;
                    if (cut > from + 1) {
                        out.add(block.subList(from, cut));
                        from = cut;
                    }
                }
            }
            out.add(block.subList(from, block.size()));
        }
        return out;
    }
}
