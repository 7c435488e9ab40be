package media.pipeline.segment.domain.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.Sentence;

/**
 * Enrichment of one episode: the episode gazetteer, the term counts of every chapter and the
 * entities named exactly anywhere in the episode are computed once, then each chapter is enriched
 * against them. Immutable and thread-safe.
 */
public final class EpisodeEnrichment {
    private final List<List<Sentence>> chapters;
    private final Language language;
    private final int maxKeywords;
    private final EpisodeGazetteer gazetteer;
    private final EntityRecognizer recognizer;
    private final KeywordExtractor keywords;
    private final List<KeywordExtractor.TermCounts> counts;
    private final Map<List<Sentence>, KeywordExtractor.TermCounts> countsByChapter = new HashMap<>();
    private final Map<String, Integer> documentFrequencies;
    private final Set<String> excludedWords;
    private final Set<GazetteerEntry> namedInEpisode;

    EpisodeEnrichment(Gazetteer base, StopWords stop, KeywordExtractor keywords, int maxKeywords,
                      List<List<Sentence>> allChapters, EpisodeMetadata metadata, String language) {
        this.chapters = allChapters == null ? List.of()
                : allChapters.stream().filter(Objects::nonNull).map(List::copyOf).toList();
        this.language = Language.of(language != null && !language.isBlank() ? language
                : metadata == null ? null : metadata.language());
        this.maxKeywords = maxKeywords;
        this.gazetteer = EpisodeGazetteer.of(base, metadata);
        this.recognizer = new EntityRecognizer(gazetteer, stop, this.language);
        this.keywords = keywords;
        this.excludedWords = personWords(metadata);
        List<KeywordExtractor.TermCounts> all = new ArrayList<>();
        Set<GazetteerEntry> named = new HashSet<>();
        for (List<Sentence> chapter : chapters) {
            KeywordExtractor.TermCounts c = keywords.count(chapter, this.language, excludedWords);
            all.add(c);
            countsByChapter.putIfAbsent(chapter, c);
            named.addAll(recognizer.exactEntities(chapter));
        }
        this.counts = List.copyOf(all);
        this.documentFrequencies = KeywordExtractor.documentFrequencies(counts);
        this.namedInEpisode = Set.copyOf(named);
    }

    /** Keywords and entities of one chapter (one of the episode's, or any sentences of it). */
    public Enrichment enrich(List<Sentence> chapterSentences) {
        List<Sentence> chapter = chapterSentences == null ? List.of()
                : chapterSentences.stream().filter(Objects::nonNull).toList();
        KeywordExtractor.TermCounts c = countsByChapter.get(chapter);
        if (c == null) {
            c = keywords.count(chapter, language, excludedWords);
        }
        List<String> words = counts.isEmpty() ? keywords.extract(c, List.of(c), maxKeywords)
                : keywords.extract(c, documentFrequencies, counts.size(), maxKeywords);
        List<EntityMention> entities = recognizer.recognize(chapter, namedInEpisode);
        return new Enrichment(new CanonicalKeywords(entities).apply(words), entities);
    }

    /** Every chapter of the episode, in order. */
    public List<Enrichment> enrichAll() {
        List<Enrichment> out = new ArrayList<>(chapters.size());
        for (List<Sentence> chapter : chapters) {
            out.add(enrich(chapter));
        }
        return List.copyOf(out);
    }

    /** The gazetteer built for this episode. */
    public EpisodeGazetteer gazetteer() {
        return gazetteer;
    }

    private static Set<String> personWords(EpisodeMetadata metadata) {
        Set<String> words = new HashSet<>();
        if (metadata == null) {
            return Set.of();
        }
        List<String> names = new ArrayList<>();
        if (metadata.host() != null) {
            names.add(metadata.host());
        }
        metadata.guests().stream().map(Person::name).forEach(names::add);
        Tokenizer tokenizer = new Tokenizer();
        for (String name : names) {
            tokenizer.tokens(name).forEach(t -> words.add(t.key()));
        }
        return Set.copyOf(words);
    }
}
