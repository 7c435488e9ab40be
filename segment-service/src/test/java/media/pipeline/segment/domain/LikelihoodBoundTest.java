package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bound that lets {@link LikelihoodSegmentation} skip hopeless part counts must not change a single
 * boundary: it is compared with the programme as it was before the bound ({@link
 * LikelihoodSegmentationReference}, kept unchanged for this purpose) on random episodes of shifting
 * vocabularies, with stalled times, rewarded gaps and tight or loose length limits, and with all or few of
 * the parts kept between the programme's passes.
 */
class LikelihoodBoundTest {

    private record Episode(List<List<String>> terms, double[] starts, double end, double[] bonus) {
    }

    private static Episode episode(Random random) {
        int topics = 1 + random.nextInt(10);
        int n = 20 + random.nextInt(600);
        List<List<String>> terms = new ArrayList<>();
        double[] starts = new double[n];
        double[] bonus = new double[n];
        double t = random.nextDouble() * 5;
        int topic = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextInt(n) < topics) {
                topic = random.nextInt(topics);
                bonus[i] = random.nextDouble() * 0.4;
            } else if (random.nextInt(20) == 0) {
                bonus[i] = random.nextDouble() * 0.2;
            }
            List<String> words = new ArrayList<>();
            int size = random.nextInt(9); // some sentences have no content term at all
            for (int w = 0; w < size; w++) {
                words.add(random.nextInt(4) == 0 ? "common" + random.nextInt(40) : "t" + topic + "w" + random.nextInt(25));
            }
            terms.add(words);
            starts[i] = t;
            if (random.nextInt(30) != 0) { // now and then a stall: two sentences share a start
                t += 0.5 + random.nextDouble() * 9;
            }
        }
        return new Episode(terms, starts, t + 3, random.nextBoolean() ? bonus : null);
    }

    @Test
    void the_bound_changes_no_boundary() {
        Random random = new Random(20261127);
        int cut = 0;
        for (int round = 0; round < 400; round++) {
            Episode e = episode(random);
            int n = e.terms().size();
            double min = 10 + random.nextDouble() * 120;
            double max = min * (1.5 + random.nextDouble() * 20);
            int expected = 1 + random.nextInt(12);
            boolean estimate = random.nextInt(5) != 0;
            int from = random.nextInt(4) == 0 ? random.nextInt(n / 4) : 0;
            // parts kept between passes: all of them, or few, so that the later passes scan most starts again
            int keptParts = round % 2 == 0 ? LikelihoodSegmentation.MAX_KEPT_PARTS : random.nextInt(200);
            List<Integer> got = new LikelihoodSegmentation(min, max, 1, estimate, keptParts)
                    .boundaries(e.terms(), e.starts(), e.end(), from, n, expected, e.bonus());
            List<Integer> want = new LikelihoodSegmentationReference(min, max, 1, estimate)
                    .boundaries(e.terms(), e.starts(), e.end(), from, n, expected, e.bonus());
            assertThat(got).as("round %d: %d sentences from %d, %.0f-%.0f s, expected %d, estimated %s, %d parts kept",
                    round, n, from, min, max, expected, estimate, keptParts).isEqualTo(want);
            cut += got.isEmpty() ? 0 : 1;
        }
        assertThat(cut).as("episodes that were cut at all").isGreaterThan(200);
    }
}
