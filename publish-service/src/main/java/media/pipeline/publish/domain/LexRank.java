package media.pipeline.publish.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Continuous LexRank over the sentences of one chapter: sentences are TF-IDF vectors of their
 * stems (IDF over the chapter's sentences), edges are cosine similarities, and the rank is a
 * PageRank whose teleport vector is the sentences' quality ({@link SentenceQuality}), so chit-chat
 * neither receives nor passes on much rank. Also exposes the similarity matrix for redundancy checks.
 */
final class LexRank {
    private final double damping;
    private final int maxIterations;

    LexRank(double damping, int maxIterations) {
        if (!(damping > 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in (0, 1), was " + damping);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        this.damping = damping;
        this.maxIterations = maxIterations;
    }

    LexRank() {
        this(0.85, 100);
    }

    /** Cosine similarities of the sentences' TF-IDF vectors; 1 on the diagonal of non-empty sentences. */
    static double[][] similarities(List<List<String>> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        int n = sentences.size();
        Map<String, Integer> df = new HashMap<>();
        for (List<String> s : sentences) {
            s.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<Map<String, Double>> vectors = sentences.stream().map(s -> {
            Map<String, Double> v = new HashMap<>();
            for (String t : s) {
                v.merge(t, 1.0, Double::sum);
            }
            v.replaceAll((t, tf) -> tf * (1 + Math.log((double) n / df.get(t))));
            return v;
        }).toList();
        double[] norms = vectors.stream()
                .mapToDouble(v -> Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum())).toArray();
        // terms as integer ids and each vector's entries in its map's iteration order, so that every dot
        // product sums exactly the products it summed over the maps, in the same order (the same
        // similarities to the last bit), with array reads instead of hash lookups for the pairs
        Map<String, Integer> ids = new HashMap<>();
        int[][] entryIds = new int[n][];
        double[][] entryWeights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = vectors.get(i);
            entryIds[i] = new int[v.size()];
            entryWeights[i] = new double[v.size()];
            int k = 0;
            for (var e : v.entrySet()) {
                Integer id = ids.putIfAbsent(e.getKey(), ids.size());
                entryIds[i][k] = id == null ? ids.size() - 1 : id;
                entryWeights[i][k++] = e.getValue();
            }
        }
        // which sentences hold each term: a pair that shares no term has a dot product of exactly 0 (the
        // similarity the matrix starts with), so only the pairs found through a shared term are computed
        int[] postingCount = new int[ids.size()];
        for (int[] termsOf : entryIds) {
            for (int id : termsOf) {
                postingCount[id]++;
            }
        }
        int[][] postings = new int[ids.size()][];
        for (int id = 0; id < postings.length; id++) {
            postings[id] = new int[postingCount[id]];
            postingCount[id] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int id : entryIds[i]) {
                postings[id][postingCount[id]++] = i;
            }
        }
        int[] sharesTermWith = new int[n]; // = i + 1 when sentence j shares a term with sentence i
        double[] dense = new double[ids.size()]; // vector i by id; 0 = absent (weights are > 0)
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < entryIds[i].length; k++) {
                dense[entryIds[i][k]] = entryWeights[i][k];
                for (int j : postings[entryIds[i][k]]) {
                    sharesTermWith[j] = i + 1;
                }
            }
            for (int j = i; j < n; j++) {
                if (norms[i] == 0 || norms[j] == 0 || sharesTermWith[j] != i + 1) {
                    continue;
                }
                double dot = 0;
                Map<String, Double> a = vectors.get(i);
                Map<String, Double> b = vectors.get(j);
                if (a.size() <= b.size()) {
                    // over a's entries, looking each up in b (as before)
                    for (var e : a.entrySet()) {
                        Double other = b.get(e.getKey());
                        if (other != null) {
                            dot += e.getValue() * other;
                        }
                    }
                } else {
                    // over b's entries, looking each up in a = vector i, held in `dense`
                    int[] bIds = entryIds[j];
                    double[] bWeights = entryWeights[j];
                    for (int k = 0; k < bIds.length; k++) {
                        double other = dense[bIds[k]];
                        if (other != 0) {
                            dot += bWeights[k] * other;
                        }
                    }
                }
                sim[i][j] = sim[j][i] = Math.min(1, dot / (norms[i] * norms[j]));
            }
            for (int id : entryIds[i]) {
                dense[id] = 0;
            }
        }
        return sim;
    }

    /** Rank of each sentence (sums to 1 when n > 0), biased towards sentences of high {@code prior}. */
    double[] rank(double[][] similarities, double[] prior) {
        Objects.requireNonNull(similarities, "similarities");
        Objects.requireNonNull(prior, "prior");
        int n = similarities.length;
        if (prior.length != n) {
            throw new IllegalArgumentException("prior has " + prior.length + " entries for " + n + " sentences");
        }
        if (n == 0) {
            return new double[0];
        }
        double[] p = normalised(prior);
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    outWeight[i] += similarities[i][j];
                }
            }
        }
        // the similarities LexRank computes are symmetric (both halves are assigned the same value): the
        // in-flow of sentence i then reads row i, in memory order, instead of column i; the same
        // numbers in the same order, so the same ranks, but the power iteration (iterations × n²)
        // no longer strides across the whole matrix for every term
        double[][] incoming = symmetric(similarities) ? similarities : transposed(similarities);
        // each sentence's in-links as a sparse list (senders with out-flow, in order, skipping i and zero
        // weights): most pairs of sentences share no stem, and a zero term adds exactly nothing, so the sums
        // are the same to the last bit while an iteration costs the number of links instead of n²
        int[][] from = new int[n][];
        double[][] share = new double[n][]; // the similarity, divided by the sender's out-weight as before
        int[] senders = new int[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            double[] toI = incoming[i]; // toI[j] = similarities[j][i]
            int links = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && outWeight[j] > 0 && toI[j] != 0) {
                    senders[links] = j;
                    shares[links++] = toI[j];
                }
            }
            from[i] = java.util.Arrays.copyOf(senders, links);
            share[i] = java.util.Arrays.copyOf(shares, links);
        }
        double[] r = p.clone();
        for (int it = 0; it < maxIterations; it++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (outWeight[j] == 0) {
                    dangling += r[j];
                }
            }
            for (int i = 0; i < n; i++) {
                double in = 0;
                int[] senderOf = from[i];
                double[] shareOf = share[i];
                for (int k = 0; k < senderOf.length; k++) {
                    int j = senderOf[k];
                    in += r[j] * shareOf[k] / outWeight[j];
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

    private static boolean symmetric(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < i; j++) {
                if (Double.doubleToRawLongBits(m[i][j]) != Double.doubleToRawLongBits(m[j][i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[][] transposed(double[][] m) {
        int n = m.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[] normalised(double[] prior) {
        int n = prior.length;
        double sum = 0;
        for (double x : prior) {
            if (x < 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("prior must be finite and >= 0");
            }
            sum += x;
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = sum == 0 ? 1.0 / n : prior[i] / sum;
        }
        return p;
    }
}
