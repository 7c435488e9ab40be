package media.pipeline.ingest.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing clock times: {@code M:SS}, {@code MM:SS}, {@code H:MM:SS}, with optional fraction. */
final class Timecodes {
    /**
     * {@code [H:]M:SS[.fff|,fff]}: minutes may exceed 59 when there is no hour part; seconds are exactly two
     * digits below 60, so a digit glued after them ({@code 01:0220 ans}) stays with the text.
     */
    static final String CLOCK = "(?:\\d{1,2}:)?\\d{1,3}:[0-5]\\d(?:[.,]\\d{1,3})?";
    private static final Pattern PARTS = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Timecodes() {
    }

    /** Seconds of a clock time matching {@link #CLOCK}; minutes must be below 60 when hours are given. */
    static double seconds(String clock) {
        Matcher m = PARTS.matcher(clock.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a clock time: '" + clock + "'");
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int secs = Integer.parseInt(m.group(3));
        if (secs > 59 || (m.group(1) != null && minutes > 59)) {
            throw new IllegalArgumentException("not a clock time: '" + clock + "'");
        }
        double fraction = 0;
        if (m.group(4) != null) {
            String digits = m.group(4);
            fraction = Integer.parseInt(digits) / Math.pow(10, digits.length());
        }
        return hours * 3600.0 + minutes * 60.0 + secs + fraction;
    }

    /** {@code mm:ss}, or {@code h:mm:ss} from one hour on; fractions are dropped. */
    static String format(double seconds) {
        long total = (long) Math.floor(seconds);
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%02d:%02d", m, s);
    }
}
