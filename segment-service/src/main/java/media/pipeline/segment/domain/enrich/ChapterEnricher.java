package media.pipeline.segment.domain.enrich;

import java.util.List;

import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Sentence;

/**
 * Chapter enrichment: keywords and named entities under canonical names, despite ASR misspellings.
 * Build once (it reads the gazetteer and stop words); it is immutable and thread-safe.
 *
 * <p>For an episode of several chapters, call {@link #forEpisode} once and then
 * {@link EpisodeEnrichment#enrich} per chapter, so the episode's gazetteer and statistics are
 * computed once; {@link #enrich} does both steps for a single call.
 */
public final class ChapterEnricher {
    private final Gazetteer gazetteer;
    private final int maxKeywords;
    private final StopWords stop;
    private final KeywordExtractor keywords;

    /**
     * @param gazetteer   the base list of known entities
     * @param maxKeywords keywords per chapter, at least 1
     */
    public ChapterEnricher(Gazetteer gazetteer, int maxKeywords) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("gazetteer is required");
        }
        if (maxKeywords < 1) {
            throw new IllegalArgumentException("maxKeywords must be >= 1, was " + maxKeywords);
        }
        this.gazetteer = gazetteer;
        this.maxKeywords = maxKeywords;
        this.stop = StopWords.shared();
        this.keywords = new KeywordExtractor(stop);
    }

    /** The shipped gazetteer and {@value KeywordExtractor#DEFAULT_MAX} keywords per chapter. */
    public static ChapterEnricher withDefaults() {
        return new ChapterEnricher(Gazetteer.defaults(), KeywordExtractor.DEFAULT_MAX);
    }

    /**
     * Prepares the enrichment of one episode.
     *
     * @param allChapters the sentences of every chapter of the episode, in order
     * @param metadata    the episode's metadata (host, guests, description); may be null
     * @param language    ISO 639-1 code; null or blank: the metadata's language
     */
    public EpisodeEnrichment forEpisode(List<List<Sentence>> allChapters, EpisodeMetadata metadata, String language) {
        return new EpisodeEnrichment(gazetteer, stop, keywords, maxKeywords, allChapters, metadata, language);
    }

    /** Keywords and entities of one chapter, scored against all chapters of its episode. */
    public Enrichment enrich(List<Sentence> chapterSentences, List<List<Sentence>> allChapters,
                             EpisodeMetadata metadata, String language) {
        return forEpisode(allChapters, metadata, language).enrich(chapterSentences);
    }
}
