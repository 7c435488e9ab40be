package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexRankTest {
    private final LexRank lexRank = new LexRank();

    @Test
    void similarityIsSymmetricCosine() {
        double[][] sim = LexRank.similarities(List.of(
                List.of("cloud", "souverain"), List.of("cloud", "souverain"), List.of("prix"), List.of()));
        assertThat(sim[0][1]).isCloseTo(1.0, within(1e-9));
        assertThat(sim[1][0]).isEqualTo(sim[0][1]);
        assertThat(sim[0][2]).isZero();
        assertThat(sim[3][3]).isZero();
        assertThat(sim[2][2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void centralSentenceRanksFirstAndRanksSumToOne() {
        List<List<String>> sentences = List.of(
                List.of("cloud", "prix"),
                List.of("cloud", "prix", "client", "support"),
                List.of("client", "support"),
                List.of("météo"));
        double[] rank = lexRank.rank(LexRank.similarities(sentences), new double[] {1, 1, 1, 1});
        assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(rank[1]).isGreaterThan(rank[0]).isGreaterThan(rank[3]);
        assertThat(rank[2]).isGreaterThan(rank[3]);
    }

    @Test
    void priorBiasesTheRank() {
        List<List<String>> sentences = List.of(List.of("a", "b"), List.of("a", "c"), List.of("a", "d"));
        double[][] sim = LexRank.similarities(sentences);
        double[] even = lexRank.rank(sim, new double[] {1, 1, 1});
        double[] biased = lexRank.rank(sim, new double[] {0, 0, 1});
        assertThat(biased[2]).isGreaterThan(even[2]);
        assertThat(lexRank.rank(sim, new double[] {0, 0, 0})).containsExactly(even, within(1e-9));
    }

    @Test
    void emptyAndSingleInputs() {
        assertThat(lexRank.rank(new double[0][0], new double[0])).isEmpty();
        assertThat(lexRank.rank(LexRank.similarities(List.of(List.of("x"))), new double[] {0.3}))
                .containsExactly(new double[] {1.0}, within(1e-9));
    }

    @Test
    void checksArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LexRank(1.0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new LexRank(0.85, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> lexRank.rank(new double[2][2], new double[] {1}));
        assertThatIllegalArgumentException().isThrownBy(() -> lexRank.rank(new double[1][1], new double[] {-1}));
    }
}
