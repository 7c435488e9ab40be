package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LikelihoodSegmentationTest {

    /** Three topics of 20 sentences each (10 s per sentence), each with its own small vocabulary. */
    private static final List<List<String>> TERMS = new ArrayList<>();
    private static final double[] STARTS = new double[60];

    static {
        String[][] topics = {{"battery", "lithium", "cell", "car"}, {"goal", "striker", "stadium", "coach"},
            {"cloud", "server", "data", "region"}};
        for (int i = 0; i < 60; i++) {
            String[] v = topics[i / 20];
            TERMS.add(List.of(v[i % 4], v[(i + 1) % 4], v[(i + 3) % 4]));
            STARTS[i] = 10.0 * i;
        }
    }

    static Stream<Arguments> counts() {
        // expected count, estimate?, wanted boundaries
        return Stream.of(
                Arguments.of(3, false, List.of(20, 40)),
                Arguments.of(2, false, List.of(20)),          // forced to 2 parts: one of the two true changes
                Arguments.of(2, true, List.of(20, 40)),       // the text overrules a too-small expectation
                Arguments.of(6, true, List.of(20, 40)),       // ... and a too-large one
                Arguments.of(1, true, List.of(20, 40)));
    }

    @ParameterizedTest
    @MethodSource("counts")
    void cuts_at_the_vocabulary_changes(int expected, boolean estimate, List<Integer> wanted) {
        List<Integer> b = new LikelihoodSegmentation(30, 1000, 1, estimate)
                .boundaries(TERMS, STARTS, 600, 0, 60, expected, null);
        if (wanted.size() == 1) {
            assertThat(b).hasSize(1);
            assertThat(List.of(20, 40)).contains(b.get(0));
        } else {
            assertThat(b).isEqualTo(wanted);
        }
    }

    @ParameterizedTest
    @MethodSource("counts")
    void one_topic_stays_whole_when_the_count_is_estimated(int expected, boolean estimate, List<Integer> ignored) {
        List<List<String>> same = TERMS.subList(0, 20);
        List<Integer> b = new LikelihoodSegmentation(30, 1000, 1, true)
                .boundaries(same, java.util.Arrays.copyOf(STARTS, 20), 200, 0, 20, expected, null);
        assertThat(b).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_range_longer_than_the_expected_parts_can_cover_still_gets_cut() {
        // 600 s, parts of at most 100 s, one chapter expected: only 6 parts or more reach the end, more
        // than the counts considered (4), so the range is cut again without the upper limit. Positions
        // reached only by more parts than the first pass tried made an index overflow before.
        List<Integer> b = new LikelihoodSegmentation(30, 100, 1, true)
                .boundaries(TERMS, STARTS, 600, 0, 60, 1, null);
        assertThat(b).containsExactly(20, 40);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(-1, 10, 1),
                Arguments.of(10, 10, 1),
                Arguments.of(0, Double.NaN, 1),
                Arguments.of(0, 10, 0),
                Arguments.of(0, 10, Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejects_bad_arguments(double min, double max, double concentration) {
        assertThatThrownBy(() -> new LikelihoodSegmentation(min, max, concentration, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> gammas() {
        return Stream.of(Arguments.of(1, 0), Arguments.of(2, 0), Arguments.of(5, Math.log(24)),
                Arguments.of(0.5, Math.log(Math.sqrt(Math.PI))), Arguments.of(101, 363.73937555556347));
    }

    @ParameterizedTest
    @MethodSource("gammas")
    void log_gamma(double x, double expected) {
        assertThat(LikelihoodSegmentation.lgamma(x)).isCloseTo(expected, within(1e-9));
    }
}
