package media.pipeline.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small statistics and formatting helpers. */
final class Stats {
    private Stats() {
    }

    static double percentile(List<? extends Number> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    static double median(List<? extends Number> values) {
        return percentile(values, 50);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String f(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String pct(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    /** A ratio compared with a target: one decimal, so that 49.5 % does not read as a 50 % that failed. */
    static String pct1(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }
}
