package media.pipeline.contracts;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the event records; messages name the missing field. */
final class Require {
    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value.stream().filter(Objects::nonNull).toList());
    }

    static double time(double seconds, String field) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException("field '" + field + "' must be a finite number of seconds >= 0, was " + seconds);
        }
        return seconds;
    }
}
