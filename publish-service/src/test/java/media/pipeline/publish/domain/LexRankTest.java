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

    /** The dense power iteration the sparse one replaced: every sender, zero similarities included. */
    private static double[] denseReference(double[][] sim, double[] prior, double damping, int maxIterations) {
        int n = sim.length;
        double total = 0;
        for (double x : prior) {
            total += x;
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = total > 0 ? prior[i] / total : 1.0 / n;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    out[i] += sim[i][j];
                }
            }
        }
        double[] r = p.clone();
        for (int it = 0; it < maxIterations; it++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (out[j] == 0) {
                    dangling += r[j];
                }
            }
            for (int i = 0; i < n; i++) {
                double in = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && out[j] > 0) {
                        in += r[j] * sim[j][i] / out[j];
                    }
                }
                next[i] = (1 - damping) * p[i] + damping * (in + dangling * p[i]);
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - r[i]);
            }
            r = next;
            if (delta < 1e-9) {
                break;
            }
        }
        return r;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "n={0}, {1} % of pairs linked")
    @org.junit.jupiter.params.provider.CsvSource({"1, 0", "2, 100", "7, 0", "30, 10", "60, 35", "120, 80"})
    void sparseIterationGivesTheDenseRanksBitForBit(int n, int linkedPercent) {
        java.util.Random random = new java.util.Random(n * 31L + linkedPercent);
        double[][] sim = new double[n][n];
        double[] prior = new double[n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            prior[i] = random.nextDouble();
            for (int j = i + 1; j < n; j++) {
                if (random.nextInt(100) < linkedPercent) {
                    sim[i][j] = sim[j][i] = random.nextDouble();
                }
            }
        }
        double[] expected = denseReference(sim, prior, 0.85, 100);
        double[] actual = lexRank.rank(sim, prior);
        for (int i = 0; i < n; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("sentence %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    /** TF-IDF cosine over hash maps, every pair computed: what the indexed computation must reproduce exactly. */
    private static double[][] naiveSimilarities(List<List<String>> sentences) {
        int n = sentences.size();
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (List<String> s : sentences) {
            s.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<java.util.Map<String, Double>> vectors = sentences.stream().map(s -> {
            java.util.Map<String, Double> v = new java.util.HashMap<>();
            for (String t : s) {
                v.merge(t, 1.0, Double::sum);
            }
            v.replaceAll((t, tf) -> tf * (1 + Math.log((double) n / df.get(t))));
            return v;
        }).toList();
        double[] norms = vectors.stream()
                .mapToDouble(v -> Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum())).toArray();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                if (norms[i] == 0 || norms[j] == 0) {
                    continue;
                }
                java.util.Map<String, Double> a = vectors.get(i);
                java.util.Map<String, Double> b = vectors.get(j);
                java.util.Map<String, Double> outer = a.size() <= b.size() ? a : b;
                java.util.Map<String, Double> inner = outer == a ? b : a;
                double dot = 0;
                for (var e : outer.entrySet()) {
                    Double other = inner.get(e.getKey());
                    if (other != null) {
                        dot += e.getValue() * other;
                    }
                }
                sim[i][j] = sim[j][i] = Math.min(1, dot / (norms[i] * norms[j]));
            }
        }
        return sim;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} sentences over {1} terms")
    @org.junit.jupiter.params.provider.CsvSource({"0, 5", "1, 5", "5, 3", "40, 30", "120, 400", "200, 2000"})
    void indexedSimilaritiesEqualTheAllPairsOnesBitForBit(int n, int vocabulary) {
        java.util.Random random = new java.util.Random(n * 7919L + vocabulary);
        List<List<String>> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            int words = random.nextInt(12); // some sentences are empty
            List<String> terms = new java.util.ArrayList<>();
            for (int w = 0; w < words; w++) {
                terms.add("t" + random.nextInt(vocabulary));
            }
            sentences.add(terms);
        }
        double[][] expected = naiveSimilarities(sentences);
        double[][] actual = LexRank.similarities(sentences);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(Double.doubleToRawLongBits(actual[i][j])).as("pair %d,%d", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(expected[i][j]));
            }
        }
    }
}
