package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.Cue;

/**
 * Turns parsed lines into valid, ordered, non-overlapping {@link Cue}s, reporting every repair:
 * <ul>
 *   <li>a start earlier than the previous start is clamped to it: "timestamp goes backwards at cue N
 *       (mm:ss after mm:ss)";</li>
 *   <li>a jump forward of more than {@code maxGapSeconds} is kept and reported: "gap of N min before cue N
 *       (mm:ss after mm:ss)";</li>
 *   <li>a missing end is the next cue's start (or, for the last cue and before a reported gap, the start
 *       plus the time to say its words at {@code wordsPerSecond}, at least one second);</li>
 *   <li>an end before its start is replaced by that estimate; an end after the next start is trimmed to it
 *       (one summary warning).</li>
 * </ul>
 * Per-cue warnings stop after {@value #MAX_WARNINGS_PER_KIND} of a kind, followed by a count of the rest.
 */
final class CueTimingRepair {
    static final double DEFAULT_MAX_GAP_SECONDS = 600;
    static final int MAX_WARNINGS_PER_KIND = 20;

    private final double wordsPerSecond;
    private final double maxGapSeconds;

    CueTimingRepair(double wordsPerSecond, double maxGapSeconds) {
        if (!(wordsPerSecond > 0) || Double.isInfinite(wordsPerSecond)) {
            throw new IllegalArgumentException("wordsPerSecond must be a positive number, was " + wordsPerSecond);
        }
        if (!(maxGapSeconds > 0)) {
            throw new IllegalArgumentException("maxGapSeconds must be > 0, was " + maxGapSeconds);
        }
        this.wordsPerSecond = wordsPerSecond;
        this.maxGapSeconds = maxGapSeconds;
    }

    /** Repaired cues and what was done. */
    record Repaired(List<Cue> cues, List<String> warnings) {
        Repaired {
            cues = List.copyOf(cues);
            warnings = List.copyOf(warnings);
        }
    }

    Repaired repair(List<TimedLine> lines) {
        int n = lines.size();
        double[] starts = new double[n];
        boolean[] gapBefore = new boolean[n];
        Counter backwards = new Counter("timestamps going backwards");
        Counter gaps = new Counter("large gaps");
        Counter inverted = new Counter("cues ending before they start");
        for (int i = 0; i < n; i++) {
            double start = lines.get(i).start();
            if (i > 0 && start < starts[i - 1]) {
                backwards.add("timestamp goes backwards at cue " + (i + 1) + " (" + Timecodes.format(start)
                        + " after " + Timecodes.format(starts[i - 1]) + ")");
                start = starts[i - 1];
            } else if (i > 0 && start - starts[i - 1] > maxGapSeconds) {
                gapBefore[i] = true;
                gaps.add("gap of " + Math.round((start - starts[i - 1]) / 60) + " min before cue " + (i + 1) + " ("
                        + Timecodes.format(start) + " after " + Timecodes.format(starts[i - 1]) + ")");
            }
            starts[i] = start;
        }
        List<Cue> cues = new ArrayList<>(n);
        int trimmed = 0;
        for (int i = 0; i < n; i++) {
            TimedLine line = lines.get(i);
            double start = starts[i];
            boolean hasNext = i + 1 < n;
            double estimate = start + PlainTextParser.estimateSeconds(line.text(), wordsPerSecond);
            double end;
            if (!line.hasEnd()) {
                end = hasNext && !gapBefore[i + 1] ? starts[i + 1] : estimate;
            } else if (line.end() < start) {
                inverted.add("cue " + (i + 1) + " ends before it starts (" + Timecodes.format(line.end())
                        + " before " + Timecodes.format(start) + ")");
                end = estimate;
            } else {
                end = line.end();
            }
            if (hasNext && end > starts[i + 1]) {
                if (line.hasEnd()) {
                    trimmed++;
                }
                end = starts[i + 1];
            }
            cues.add(new Cue(start, end, line.speaker(), line.text()));
        }
        List<String> warnings = new ArrayList<>();
        backwards.addTo(warnings);
        gaps.addTo(warnings);
        inverted.addTo(warnings);
        if (trimmed > 0) {
            warnings.add(trimmed + " overlapping cues trimmed to the next cue's start");
        }
        return new Repaired(cues, warnings);
    }

    private static final class Counter {
        private final String kind;
        private final List<String> messages = new ArrayList<>();
        private int total;

        Counter(String kind) {
            this.kind = kind;
        }

        void add(String message) {
            total++;
            if (messages.size() < MAX_WARNINGS_PER_KIND) {
                messages.add(message);
            }
        }

        void addTo(List<String> warnings) {
            warnings.addAll(messages);
            if (total > messages.size()) {
                warnings.add("... and " + (total - messages.size()) + " more " + kind);
            }
        }
    }
}
