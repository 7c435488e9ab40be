package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmrSelectorTest {
    private final MmrSelector selector = new MmrSelector();

    @ParameterizedTest(name = "{0} candidates -> {1} sentences")
    @CsvSource({"0,0", "1,1", "2,2", "3,2", "5,2", "8,2", "9,3", "12,3", "13,4", "40,4"})
    void twoToFourSentences(int candidates, int expected) {
        assertThat(MmrSelector.targetCount(candidates)).isEqualTo(expected);
    }

    @Test
    void skipsRedundantSentencesAndKeepsTimeOrder() {
        double[] scores = {0.2, 0.9, 0.85, 0.5};
        double[][] sim = {
                {1, 0.1, 0.1, 0.1},
                {0.1, 1, 0.95, 0.1},
                {0.1, 0.95, 1, 0.1},
                {0.1, 0.1, 0.1, 1}};
        assertThat(selector.select(scores, sim, 2)).containsExactly(1, 3);
        assertThat(selector.select(scores, sim, 3)).containsExactly(0, 1, 3);
    }

    @Test
    void neverPicksZeroScores() {
        double[][] sim = new double[3][3];
        assertThat(selector.select(new double[] {0, 0.4, 0}, sim, 3)).containsExactly(1);
        assertThat(selector.select(new double[] {0, 0, 0}, sim, 3)).isEmpty();
        assertThat(selector.select(new double[0], new double[0][0], 2)).isEmpty();
    }

    @Test
    void checksArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MmrSelector(1.5, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new MmrSelector(0.7, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> selector.select(new double[2], new double[3][3], 1));
    }
}
