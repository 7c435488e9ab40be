package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Removes the repeats of roll-up captions. Automatic captions (YouTube's WebVTT and SRT) and broadcast roll-up
 * captions converted to files show two lines at a time: each cue repeats the line already on screen, then adds
 * the new one, and short transition cues (10 ms on YouTube) hold only the old line. Read naively every sentence
 * appears two or three times, which inflates word counts and summaries.
 *
 * <p>For each cue, the longest run of its first lines that equals the last lines of the cue before (after
 * whitespace is collapsed) is removed when the cue has lines left after it. A cue that only repeats the end of
 * the one before is dropped when it lasts less than {@value #MAX_TRANSITION_SECONDS} s (a transition, not
 * speech: two people answering "Yes." in turn keep both cues). Pure; the input is not changed.
 */
final class RollUpCaptions {
    static final double MAX_TRANSITION_SECONDS = 1.0;

    /** A caption cue as lines of plain text. */
    record Caption(double start, double end, String speaker, List<String> lines) {
        Caption {
            lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        }
    }

    /** The captions without roll-up repeats, and how many lines were removed. */
    record Result(List<Caption> captions, int removedLines) {
    }

    private RollUpCaptions() {
    }

    /** The captions without roll-up repeats; when lines were removed, a warning saying how many is added. */
    static List<Caption> dedupe(List<Caption> captions, List<String> warnings) {
        Result result = dedupe(captions);
        if (result.removedLines() > 0) {
            warnings.add("roll-up captions: " + result.removedLines() + " repeated lines removed");
        }
        return result.captions();
    }

    static Result dedupe(List<Caption> captions) {
        List<Caption> out = new ArrayList<>(captions.size());
        int removed = 0;
        List<String> previous = List.of();
        for (Caption c : captions) {
            List<String> lines = c.lines();
            int k = overlap(previous, lines);
            if (k > 0 && k < lines.size()) {
                removed += k;
                Caption kept = new Caption(c.start(), c.end(), c.speaker(), lines.subList(k, lines.size()));
                out.add(kept);
                previous = lines;
            } else if (k > 0 && c.end() - c.start() < MAX_TRANSITION_SECONDS) {
                removed += k; // a transition cue: nothing new is said
            } else {
                out.add(c);
                if (!lines.isEmpty()) {
                    previous = lines;
                }
            }
        }
        return new Result(out, removed);
    }

    /** The largest k such that the first k lines of {@code next} are the last k lines of {@code previous}. */
    static int overlap(List<String> previous, List<String> next) {
        for (int k = Math.min(previous.size(), next.size()); k > 0; k--) {
            boolean same = true;
            for (int i = 0; i < k && same; i++) {
                same = normal(previous.get(previous.size() - k + i)).equals(normal(next.get(i)));
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }

    private static String normal(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
