package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.Sentence;

/**
 * The default {@link Summarizer}: extractive, deterministic, no model.
 *
 * <ol>
 * <li>Each sentence gets the entities' canonical names in place of their surface forms
 * ({@link CanonicalNames}) and is cleaned of markup, hesitations and leading fillers
 * ({@link SentenceCleaner}).</li>
 * <li>Sentences become Lucene French/English stems without stop words and fillers
 * ({@link TermAnalyzer}), are weighted by {@link SentenceQuality} (chit-chat 0, questions and very
 * short sentences penalised, keywords and entities boosted) and ranked by a LexRank biased by that
 * weight ({@link LexRank}).</li>
 * <li>A chapter longer than {@value #DEFAULT_MAX_RANKED} usable sentences is ranked over its
 * {@value #DEFAULT_MAX_RANKED} best-weighted ones (ties by position, kept in time order): LexRank is quadratic in
 * the sentences it ranks, and a summary of 2 to 4 sentences needs no more candidates, so the cost per chapter is
 * bounded and a long episode costs in proportion to its length.</li>
 * <li>2 to 4 sentences (fewer if the chapter has fewer usable ones) are picked by MMR with a
 * redundancy cut ({@link MmrSelector}) and kept in time order.</li>
 * <li>The headline and gist come from {@link HeadlineWriter}, which also gets the sentences in time
 * order (the lead-in names the subject) and the other chapters' entities (names heard all through
 * the episode are not a chapter's subject).</li>
 * </ol>
 */
public final class ExtractiveSummarizer implements Summarizer {
    static final int DEFAULT_MAX_RANKED = 200;

    private final TermAnalyzer analyzer;
    private final SentenceCleaner cleaner;
    private final LexRank lexRank;
    private final MmrSelector selector;
    private final int maxRanked;

    public ExtractiveSummarizer() {
        this(new TermAnalyzer(), new SentenceCleaner(), new LexRank(), new MmrSelector(), DEFAULT_MAX_RANKED);
    }

    ExtractiveSummarizer(TermAnalyzer analyzer, SentenceCleaner cleaner, LexRank lexRank, MmrSelector selector,
                         int maxRanked) {
        if (maxRanked < MmrSelector.targetCount(Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("maxRanked must leave room for a summary, was " + maxRanked);
        }
        this.maxRanked = maxRanked;
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.lexRank = Objects.requireNonNull(lexRank, "lexRank");
        this.selector = Objects.requireNonNull(selector, "selector");
    }

    @Override
    public ChapterSummary summarize(SummaryRequest request) {
        Objects.requireNonNull(request, "request");
        Segment segment = request.segment();
        Language language = Language.of(request.language());
        CanonicalNames names = new CanonicalNames(segment.entities());
        SentenceQuality quality = new SentenceQuality(language, analyzer, segment.keywords(), segment.entities());

        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>(); // texts.contains per sentence was quadratic in the chapter
        List<List<String>> stems = new ArrayList<>();
        for (Sentence s : segment.sentences()) {
            String cleaned = cleaner.clean(names.apply(s.text()), language);
            if (!cleaned.isEmpty() && seen.add(cleaned)) {
                texts.add(cleaned);
                stems.add(analyzer.stems(cleaned, language));
            }
        }
        double[] allWeights = new double[texts.size()];
        for (int i = 0; i < allWeights.length; i++) {
            allWeights[i] = quality.score(texts.get(i), stems.get(i));
        }
        int[] ranked = rankedIndices(allWeights, maxRanked);
        int n = ranked.length;
        double[] weights = new double[n];
        List<List<String>> rankedStems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weights[i] = allWeights[ranked[i]];
            rankedStems.add(stems.get(ranked[i]));
        }
        double[][] sim = LexRank.similarities(rankedStems);
        double[] rank = lexRank.rank(sim, weights);
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = rank[i] * weights[i];
        }
        int usable = (int) IntStream.range(0, n).filter(i -> weights[i] > 0).count();
        List<Integer> picked = selector.select(scores, sim, MmrSelector.targetCount(usable));
        String summary = String.join(" ", picked.stream().map(i -> texts.get(ranked[i])).toList());

        List<String> best = IntStream.range(0, n).boxed()
                .filter(i -> weights[i] > 0)
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .map(i -> texts.get(ranked[i]))
                .toList();
        HeadlineWriter.Titles titles = new HeadlineWriter(language, analyzer)
                .write(segment, request.number(), request.host(),
                        new HeadlineWriter.Context(texts, best, request.otherChapters()));
        return new ChapterSummary(titles.headline(), titles.gist(), summary);
    }

    /**
     * All positions when there are at most {@code max}; otherwise the {@code max} with the highest weight (ties: the
     * earlier), in time order.
     */
    static int[] rankedIndices(double[] weights, int max) {
        if (weights.length <= max) {
            return IntStream.range(0, weights.length).toArray();
        }
        return IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparingInt(i -> i))
                .limit(max)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
    }
}
