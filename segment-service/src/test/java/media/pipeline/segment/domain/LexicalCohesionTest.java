package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexicalCohesionTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sliding_windows_give_the_similarities_of_windows_rebuilt_per_gap(long seed) {
        Random r = new Random(seed);
        int n = 50 + r.nextInt(400);
        List<List<String>> terms = new ArrayList<>();
        double[] starts = new double[n];
        double t = r.nextDouble() * 10;
        for (int i = 0; i < n; i++) {
            // bursts of sentences sharing a start, pauses, and ordinary steps
            t += switch (r.nextInt(6)) {
                case 0 -> 0;
                case 1 -> 60 + r.nextDouble() * 200;
                default -> 1 + r.nextDouble() * 8;
            };
            starts[i] = t;
            List<String> words = new ArrayList<>();
            int topic = i / 40;
            for (int w = r.nextInt(8); w > 0; w--) {
                words.add("t" + (r.nextInt(4) == 0 ? r.nextInt(30) : topic * 10 + r.nextInt(10)));
            }
            terms.add(words);
        }
        for (double block : new double[] {30, 150, 240}) {
            double[] expected = rebuiltPerGap(terms, starts, block, 2);
            double[] actual = new LexicalCohesion(block, 2).similarities(terms, starts);
            for (int g = 0; g < n; g++) {
                assertThat(actual[g]).as("gap %d, block %s", g, block).isCloseTo(expected[g], within(1e-12));
            }
        }
    }

    @Test
    void depth_climbs_plateaus_like_the_walk_it_replaces() {
        Random r = new Random(11);
        for (int round = 0; round < 50; round++) {
            double[] sim = new double[2 + r.nextInt(200)];
            for (int i = 0; i < sim.length; i++) {
                sim[i] = r.nextInt(4) / 4.0; // many equal values: plateaus
            }
            assertThat(LexicalCohesion.depth(sim)).containsExactly(walkedDepth(sim));
        }
    }

    @Test
    void windows_hold_at_most_the_cap_when_every_sentence_shares_one_start() {
        double[] same = new double[5_000];
        LexicalCohesion cohesion = new LexicalCohesion(150, 2);
        int cap = cohesion.maxWindowSentences();
        int[][] w = LexicalCohesion.windows(same, 150, cap);
        long total = 0;
        for (int g = 1; g < same.length; g++) {
            assertThat(g - w[0][g]).isBetween(1, cap);
            assertThat(w[1][g] - g).isBetween(1, cap);
            total += w[1][g] - w[0][g];
        }
        assertThat(total).isLessThanOrEqualTo(2L * cap * same.length);
        assertThat(cap).isEqualTo(601); // 150 s at 4 sentences a second, + 1
    }

    @Test
    void times_that_go_backwards_or_are_not_finite_count_as_the_time_before() {
        assertThat(LexicalCohesion.nonDecreasing(new double[] {5, 3, 7, Double.NaN, 2, 9, Double.POSITIVE_INFINITY}))
                .containsExactly(5, 5, 7, 7, 7, 9, 9);
        assertThat(LexicalCohesion.nonDecreasing(new double[] {Double.NaN, 1})).containsExactly(0, 1);
    }

    /** The former implementation: both window maps rebuilt for every gap. */
    private static double[] rebuiltPerGap(List<List<String>> terms, double[] starts, double block, int width) {
        int n = terms.size();
        double[] sim = new double[n];
        sim[0] = 1;
        Map<String, Integer> df = new HashMap<>();
        for (List<String> t : terms) {
            for (String term : new HashSet<>(t)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((k, v) -> idf.put(k, Math.log((n + 1.0) / v)));
        for (int g = 1; g < n; g++) {
            double t = starts[g];
            Map<String, Integer> left = new HashMap<>();
            Map<String, Integer> right = new HashMap<>();
            for (int i = g - 1; i >= 0 && (starts[i] >= t - block || i == g - 1); i--) {
                terms.get(i).forEach(x -> left.merge(x, 1, Integer::sum));
            }
            for (int i = g; i < n && (starts[i] < t + block || i == g); i++) {
                terms.get(i).forEach(x -> right.merge(x, 1, Integer::sum));
            }
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (var e : left.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
                na += w * w;
                Integer other = right.get(e.getKey());
                if (other != null) {
                    dot += w * (1 + Math.log(other)) * idf.get(e.getKey());
                }
            }
            for (var e : right.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
                nb += w * w;
            }
            sim[g] = na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
        }
        double[] out = sim.clone();
        for (int g = 1; g < n; g++) {
            double sum = 0;
            int count = 0;
            for (int k = Math.max(1, g - width); k <= Math.min(n - 1, g + width); k++) {
                sum += sim[k];
                count++;
            }
            out[g] = sum / count;
        }
        return out;
    }

    private static double[] walkedDepth(double[] sim) {
        int n = sim.length;
        double[] d = new double[n];
        for (int g = 1; g < n; g++) {
            double lp = sim[g];
            for (int k = g - 1; k >= 1 && sim[k] >= lp; k--) {
                lp = sim[k];
            }
            double rp = sim[g];
            for (int k = g + 1; k < n && sim[k] >= rp; k++) {
                rp = sim[k];
            }
            d[g] = (lp - sim[g]) + (rp - sim[g]);
        }
        return d;
    }
}
