package media.pipeline.ingest.domain;

import java.util.Objects;

/**
 * A cue as a parser read it, before timing repair: {@code end} is {@code NaN} when the format gives none.
 *
 * @param speaker null when unknown
 */
record TimedLine(double start, double end, String speaker, String text) {
    TimedLine {
        if (Double.isNaN(start) || Double.isInfinite(start) || start < 0) {
            throw new IllegalArgumentException("start must be a finite number >= 0, was " + start);
        }
        Objects.requireNonNull(text, "text");
    }

    static TimedLine open(double start, String speaker, String text) {
        return new TimedLine(start, Double.NaN, speaker, text);
    }

    boolean hasEnd() {
        return !Double.isNaN(end);
    }

    TimedLine withText(String newText) {
        return new TimedLine(start, end, speaker, newText);
    }
}
