package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CohesionAgreementTest {
    //                                  gap: 0  1    2    3    4    5    6    7    8    9
    private static final double[] DEPTH = {0, 0.1, 0.9, 0.2, 0.1, 0.3, 0.1, 0.0, 0.8, 0.1};
    // peaks: 0.9 (2), 0.3 (5), 0.8 (8), 0.1 (9 is not: 0.1 < 0.8) → mean 0.667

    static Stream<Arguments> cases() {
        return Stream.of(
                // tolerance, boundaries, protected, kept
                Arguments.of(0, List.of(), Set.of(), List.of()),
                Arguments.of(0, List.of(2, 5, 8), Set.of(), List.of(2, 8)),
                Arguments.of(0, List.of(3, 7), Set.of(), List.of()),                // next to a valley, no tolerance
                Arguments.of(1, List.of(3, 7), Set.of(), List.of(3, 7)),            // within one gap of it
                Arguments.of(2, List.of(4, 6), Set.of(), List.of(4, 6)),
                Arguments.of(0, List.of(5), Set.of(5), List.of(5)),                 // backed by a signal
                Arguments.of(0, List.of(0, 10, -1), Set.of(), List.of()),           // outside the gaps
                Arguments.of(9, List.of(8, 2), Set.of(), List.of(8, 2)));           // order kept
    }

    static Stream<Arguments> flat() {
        return Stream.of(
                // depth, boundaries, kept: no valley anywhere → cut-off 0, nothing to disagree with
                Arguments.of(new double[] {0, 0, 0}, List.of(1, 2), List.of(1, 2)),
                Arguments.of(new double[] {0}, List.of(1), List.of()),              // one sentence: no gap
                Arguments.of(new double[] {}, List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("flat")
    void a_flat_or_empty_curve_vetoes_nothing_inside(double[] depth, List<Integer> boundaries, List<Integer> kept) {
        assertThat(new CohesionAgreement(2).filter(boundaries, depth, Set.of())).isEqualTo(kept);
    }

    @ParameterizedTest(name = "tolerance {0}: {1} protected {2} -> {3}")
    @MethodSource("cases")
    void keeps_boundaries_where_the_depth_curve_agrees(int tolerance, List<Integer> boundaries, Set<Integer> protectedGaps,
                                                       List<Integer> kept) {
        assertThat(new CohesionAgreement(tolerance).filter(boundaries, DEPTH, protectedGaps)).isEqualTo(kept);
    }

    static Stream<Arguments> peaks() {
        return Stream.of(
                Arguments.of(new double[] {}, 0.0),
                Arguments.of(new double[] {0}, 0.0),                 // one sentence: no gap
                Arguments.of(new double[] {0, 0, 0}, 0.0),           // flat: no valley at all
                Arguments.of(new double[] {0, 0.5}, 0.5),
                Arguments.of(DEPTH, (0.9 + 0.3 + 0.8) / 3));
    }

    @ParameterizedTest
    @MethodSource("peaks")
    void mean_peak(double[] depth, double expected) {
        assertThat(CohesionAgreement.meanPeak(depth)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void rejects_bad_arguments() {
        assertThatThrownBy(() -> new CohesionAgreement(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CohesionAgreement(0).filter(null, DEPTH, Set.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
