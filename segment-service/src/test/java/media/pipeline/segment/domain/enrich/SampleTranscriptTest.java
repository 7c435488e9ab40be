package media.pipeline.segment.domain.enrich;

import static media.pipeline.segment.domain.enrich.SampleTranscript.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.Sentence;

/** The sample broadcast (Tech &amp; Co, 21 Oct 2025), whole and in parts. */
class SampleTranscriptTest {
    private static final ChapterEnricher ENRICHER = ChapterEnricher.withDefaults();
    private static final StopWords STOP = StopWords.shared();

    private static final List<Sentence> ALL = SampleTranscript.sentences();
    /** OVHcloud and its founder's return. */
    private static final List<Sentence> OVH = SampleTranscript.sentences(0, at(13, 5));
    /** The AWS outage. */
    private static final List<Sentence> OUTAGE = SampleTranscript.sentences(at(13, 5), at(20, 46));
    /** OpenAI's browser against Google. */
    private static final List<Sentence> BROWSER = SampleTranscript.sentences(at(20, 46), Double.MAX_VALUE);

    @Test
    void wholeTranscriptAsOneChapterNamesTheMainEntitiesCanonically() {
        Enrichment e = ENRICHER.enrich(ALL, List.of(ALL), SampleTranscript.metadata(), "fr");

        assertThat(e.entities()).extracting(EntityMention::name).contains(
                "OVHcloud", "Octave Klaba", "AWS", "OpenAI", "Google",
                "Salime Nassur", "Clément David", "Frédéric Krebs");
        assertThat(e.entities()).extracting(EntityMention::name)
                .doesNotContain("Salim Nassur", "Octave Claba", "Open AI", "Frédéric Red", "OVH Cloud");
        assertThat(byName(e, "OVHcloud").surfaceForms()).contains("OVH Cloud", "OVH", "Au VH Cloud", "OVH Club");
        assertThat(byName(e, "OpenAI").surfaceForms()).contains("Open&Eye", "Open AI", "OpenAI");
        assertThat(byName(e, "Octave Klaba").type()).isEqualTo(EntityType.PERSON);
        assertThat(byName(e, "Google").mentions()).isGreaterThan(10);
        assertThat(e.entities()).isSortedAccordingTo((a, b) -> Integer.compare(b.mentions(), a.mentions()));
    }

    @Test
    void keywordsOfTheWholeTranscriptHoldNoStopWordsFillersOrNumbers() {
        Enrichment e = ENRICHER.enrich(ALL, List.of(ALL), SampleTranscript.metadata(), "fr");

        assertThat(e.keywords()).hasSize(8).contains("cloud");
        for (String keyword : e.keywords()) {
            for (String word : keyword.split(" ")) {
                assertThat(STOP.isStop(word)).as(word).isFalse();
                assertThat(word).as(word).doesNotMatch("\\d+");
            }
        }
        assertThat(e.keywords()).noneMatch(k -> List.of("euh", "voilà", "bah", "donc", "alors", "Frédéric", "Salim")
                .contains(k));
    }

    @Test
    void partBetween13And17MinutesMentionsAws() {
        List<Sentence> part = SampleTranscript.sentences(at(13, 0), at(17, 0));
        Enrichment e = ENRICHER.enrich(part, List.of(OVH, OUTAGE, BROWSER), SampleTranscript.metadata(), "fr");

        assertThat(e.entities()).extracting(EntityMention::name).contains("AWS").doesNotContain("OpenAI");
    }

    @Test
    void partAfter17m30MentionsOpenAiAndGoogle() {
        List<Sentence> part = SampleTranscript.sentences(at(17, 30), Double.MAX_VALUE);
        Enrichment e = ENRICHER.enrich(part, List.of(OVH, OUTAGE, BROWSER), SampleTranscript.metadata(), "fr");

        assertThat(e.entities()).extracting(EntityMention::name).contains("OpenAI", "Google", "ChatGPT Atlas");
    }

    @Test
    void chaptersGetTheirOwnKeywordsAndEntities() {
        EpisodeEnrichment episode = ENRICHER.forEpisode(List.of(OVH, OUTAGE, BROWSER), SampleTranscript.metadata(), "fr");
        List<Enrichment> chapters = episode.enrichAll();

        assertThat(chapters).hasSize(3);
        assertThat(chapters.get(0).entities().get(0).name()).isIn("OVHcloud", "Octave Klaba");
        assertThat(chapters.get(1).entities()).extracting(EntityMention::name).contains("AWS");
        assertThat(chapters.get(2).entities().get(0).name()).isIn("Google", "OpenAI");
        assertThat(chapters.get(2).keywords()).contains("navigateur");
        assertThat(chapters.get(1).keywords()).contains("région");
        assertThat(chapters.get(0).keywords()).doesNotContain("navigateur");
    }

    @Test
    void noKeywordIsAMisheardSpellingOfAnEntityInItsChapter() {
        EpisodeEnrichment episode = ENRICHER.forEpisode(List.of(OVH, OUTAGE, BROWSER), SampleTranscript.metadata(), "fr");
        int misheardNames = 0;
        for (Enrichment chapter : episode.enrichAll()) {
            java.util.Set<String> misheard = new java.util.HashSet<>();
            for (EntityMention e : chapter.entities()) {
                e.surfaceForms().stream().map(Text::key).filter(k -> !k.equals(Text.key(e.name()))).forEach(misheard::add);
            }
            misheardNames += misheard.size();
            assertThat(chapter.keywords()).as("keywords of a chapter whose entities were said %s", misheard)
                    .noneMatch(k -> misheard.contains(Text.key(k)));
        }
        assertThat(misheardNames).as("the sample's ASR misspells names (Octave Claba, OVH Cloud, Open&Eye...)").isPositive();
    }

    @Test
    void oneEnricherServesManyThreads() {
        EpisodeEnrichment episode = ENRICHER.forEpisode(List.of(OVH, OUTAGE, BROWSER), SampleTranscript.metadata(), "fr");
        List<Enrichment> sequential = episode.enrichAll();
        List<Enrichment> parallel = IntStream.range(0, 12).parallel()
                .mapToObj(i -> episode.enrich(List.of(OVH, OUTAGE, BROWSER).get(i % 3))).toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % 3));
        }
    }

    private static EntityMention byName(Enrichment e, String name) {
        return e.entities().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
