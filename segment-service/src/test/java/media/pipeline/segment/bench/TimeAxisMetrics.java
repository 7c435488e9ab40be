package media.pipeline.segment.bench;

import java.util.List;

/**
 * Pk (Beeferman et al. 1999) and WindowDiff (Pevzner &amp; Hearst 2002) on the time axis: the episode
 * [t0, t1] is sampled every second; a probe pair (t, t + k) is compared between reference and
 * hypothesis. k = half the mean reference segment length, in seconds (the usual convention), at least 1.
 * Boundaries are times where a segment starts; those outside (t0, t1) are ignored.
 */
public final class TimeAxisMetrics {
    private TimeAxisMetrics() {
    }

    public static int window(List<Double> reference, double t0, double t1) {
        long inside = reference.stream().filter(b -> b > t0 && b < t1).count();
        double mean = (t1 - t0) / (inside + 1);
        return (int) Math.max(1, Math.round(mean / 2));
    }

    public static double pk(List<Double> reference, List<Double> hypothesis, double t0, double t1) {
        int k = window(reference, t0, t1);
        int n = (int) Math.floor(t1 - t0);
        if (n <= k) {
            return 0;
        }
        int errors = 0;
        for (int i = 0; i + k <= n; i++) {
            double a = t0 + i;
            double b = a + k;
            boolean sameRef = count(reference, a, b) == 0;
            boolean sameHyp = count(hypothesis, a, b) == 0;
            if (sameRef != sameHyp) {
                errors++;
            }
        }
        return (double) errors / (n - k + 1);
    }

    public static double windowDiff(List<Double> reference, List<Double> hypothesis, double t0, double t1) {
        int k = window(reference, t0, t1);
        int n = (int) Math.floor(t1 - t0);
        if (n <= k) {
            return 0;
        }
        int errors = 0;
        for (int i = 0; i + k <= n; i++) {
            double a = t0 + i;
            double b = a + k;
            if (count(reference, a, b) != count(hypothesis, a, b)) {
                errors++;
            }
        }
        return (double) errors / (n - k + 1);
    }

    /** Boundaries in (a, b]. */
    static int count(List<Double> boundaries, double a, double b) {
        int c = 0;
        for (double x : boundaries) {
            if (x > a && x <= b) {
                c++;
            }
        }
        return c;
    }
}
