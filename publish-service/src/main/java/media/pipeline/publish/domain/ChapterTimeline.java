package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.Chapter;

/**
 * The chapters of an episode as consecutive, non-overlapping spans, for the output formats (which
 * may be given chapter sets from any source): sorted by start (then index); each span ends at the
 * earlier of its own end and the next start; a chapter without a usable end (end not after its
 * start) runs to the next start, the last one to the episode's duration (its end stays unknown if
 * the duration is unknown too). Spans that end up empty are dropped.
 */
final class ChapterTimeline {
    /** A chapter span; {@code end} is NaN for a last chapter whose end is unknown (no end, no duration). */
    record Span(double start, double end, String title) {
        boolean hasEnd() {
            return !Double.isNaN(end);
        }
    }

    private ChapterTimeline() {
    }

    static List<Span> of(List<Chapter> chapters, double durationSeconds) {
        Objects.requireNonNull(chapters, "chapters");
        List<Chapter> sorted = new ArrayList<>(chapters);
        sorted.sort(Comparator.comparingDouble(Chapter::start).thenComparingInt(Chapter::index));
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Chapter c = sorted.get(i);
            double next = i + 1 < sorted.size() ? sorted.get(i + 1).start() : Double.POSITIVE_INFINITY;
            double end = c.end() > c.start() ? Math.min(c.end(), next)
                    : (Double.isInfinite(next) ? durationSeconds : next);
            if (end > c.start()) {
                spans.add(new Span(c.start(), end, c.headline()));
            } else if (Double.isInfinite(next) && !(c.end() > c.start()) && !(durationSeconds > c.start())) {
                spans.add(new Span(c.start(), Double.NaN, c.headline()));
            }
        }
        return spans;
    }

    /** Title on one line: line breaks and tabs become spaces, runs of spaces one space. */
    static String oneLine(String title) {
        return title == null ? "" : title.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
