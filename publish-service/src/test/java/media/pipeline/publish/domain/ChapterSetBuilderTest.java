package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChapterSetBuilderTest {
    private static final Instant AT = Instant.parse("2025-03-14T22:00:00Z");

    /** Records what it was asked and answers with the segment's kind and start. */
    private static final class Recording implements Summarizer {
        final List<SummaryRequest> requests = new ArrayList<>();
        String headline = null;

        @Override
        public synchronized ChapterSummary summarize(SummaryRequest request) {
            requests.add(request);
            return new ChapterSummary(headline != null ? headline : request.segment().kind() + " " + request.segment().start(),
                    "a b c", "S.");
        }
    }

    private static Segment segment(int index, double start, double end, String language) {
        return new Segment(index, start, end, "TOPIC", List.of(), List.of("k"), List.of(), List.of("spk"), language);
    }

    private static SegmentsEnriched event(String language, String metaLanguage, String host, double duration,
            List<Segment> segments) {
        EpisodeMetadata meta = new EpisodeMetadata("Show", "Title", null, host, List.of(), List.of(), null,
                metaLanguage, duration);
        return new SegmentsEnriched("evt", "ep-1", language, meta, segments, AT);
    }

    @Test
    void sortsUnsortedSegmentsAndCutsOverlaps() {
        Recording r = new Recording();
        ChaptersPublished p = new ChapterSetBuilder(r).build(event("fr", null, "Claire", 0, List.of(
                segment(7, 300, 400, null),
                segment(3, 5, 120, null),      // overlaps the next: cut at 100
                segment(5, 100, 310, null),    // overlaps the next: cut at 300
                segment(9, 400, 390, null))),  // end before start: becomes the start
                2, AT);
        assertThat(p.chapters()).extracting(Chapter::index).containsExactly(0, 1, 2, 3);
        assertThat(p.chapters()).extracting(Chapter::start).containsExactly(5.0, 100.0, 300.0, 400.0);
        assertThat(p.chapters()).extracting(Chapter::end).containsExactly(100.0, 300.0, 400.0, 400.0);
        assertThat(p.chapters().get(0).start()).as("first chapter not forced to 0 in the JSON").isEqualTo(5.0);
        assertThat(r.requests).extracting(SummaryRequest::number).containsExactly(1, 2, 3, 4);
        assertThat(p.durationSeconds()).as("no metadata duration: last end").isEqualTo(400.0);
        assertThat(p.chapters().get(0).keywords()).containsExactly("k");
        assertThat(p.chapters().get(0).speakers()).containsExactly("spk");
    }

    @Test
    void eachChapterIsSummarisedKnowingTheOtherTopicChaptersEntities() {
        Recording r = new Recording();
        EntityMention google = new EntityMention("Google", EntityType.ORGANIZATION, 2, List.of());
        EntityMention aws = new EntityMention("AWS", EntityType.ORGANIZATION, 1, List.of());
        EntityMention bfm = new EntityMention("BFM Business", EntityType.ORGANIZATION, 1, List.of());
        List<Segment> segments = List.of(
                new Segment(0, 0, 10, "INTRO", List.of(), List.of(), List.of(google, aws), List.of(), null),
                new Segment(1, 10, 20, "TOPIC", List.of(), List.of(), List.of(google), List.of(), null),
                new Segment(2, 20, 30, null, List.of(), List.of(), List.of(aws), List.of(), null),
                new Segment(3, 30, 40, "OUTRO", List.of(), List.of(), List.of(bfm), List.of(), null));
        new ChapterSetBuilder(r).build(event("fr", null, null, 0, segments), 1, AT);
        // intro and outro name every topic: they are never "other chapters"; a chapter is never its own other
        assertThat(r.requests).extracting(q -> q.otherChapters().chapters()).containsExactly(2, 1, 1, 2);
        assertThat(r.requests).extracting(q -> q.otherChapters().chaptersMentioning("Google"))
                .containsExactly(1, 0, 1, 1);
        assertThat(r.requests).extracting(q -> q.otherChapters().chaptersMentioning(" aws "))
                .as("names compared stripped and case folded").containsExactly(1, 1, 0, 1);
        assertThat(r.requests).extracting(q -> q.otherChapters().chaptersMentioning("BFM Business"))
                .as("named only in the outro").containsOnly(0);
    }

    @Test
    void aRequestWithoutTheEpisodeHasNoOtherChapters() {
        Segment s = segment(0, 0, 10, null);
        assertThat(new SummaryRequest(s, "fr", 1, null).otherChapters()).isSameAs(EntitySpread.NONE);
        assertThat(new SummaryRequest(s, "fr", 1, null, null).otherChapters()).isSameAs(EntitySpread.NONE);
        assertThat(EntitySpread.NONE.chapters()).isZero();
        assertThat(EntitySpread.NONE.chaptersMentioning("Google")).isZero();
        ArrayList<List<EntityMention>> others = new ArrayList<>();
        others.add(null);
        EntitySpread spread = EntitySpread.of(others);
        assertThat(spread.chapters()).as("a chapter without entities still counts").isEqualTo(1);
        assertThat(spread.chaptersMentioning("Google")).isZero();
    }

    @ParameterizedTest(name = "event={0} meta={1} segment={2} -> published={3}, summarised in {4}")
    @CsvSource(nullValues = "NULL", textBlock = """
            fr,   en,   NULL, fr,   fr
            NULL, en,   NULL, en,   en
            NULL, NULL, NULL, NULL, und
            fr,   NULL, en,   fr,   en
            ' ',  de,   NULL, de,   de
            """)
    void languages(String eventLanguage, String metaLanguage, String segmentLanguage, String published,
            String summarised) {
        Recording r = new Recording();
        ChaptersPublished p = new ChapterSetBuilder(r).build(
                event(eventLanguage, metaLanguage, null, 10, List.of(segment(0, 0, 10, segmentLanguage))), 1, AT);
        assertThat(p.language()).isEqualTo(published);
        assertThat(r.requests.get(0).language()).isEqualTo(summarised);
    }

    @Test
    void episodeFields() {
        Recording r = new Recording();
        ChaptersPublished p = new ChapterSetBuilder(r).build(FrenchTechShow.episode(), 3, AT);
        assertThat(p.episodeId()).isEqualTo("ep-2025-03-14");
        assertThat(p.revision()).isEqualTo(3);
        assertThat(p.show()).isEqualTo("Tech Hebdo");
        assertThat(p.title()).isEqualTo("Tech Hebdo du 14 mars");
        assertThat(p.airDate()).hasToString("2025-03-14");
        assertThat(p.host().name()).isEqualTo(FrenchTechShow.HOST);
        assertThat(p.guests()).hasSize(1);
        assertThat(p.publishedAt()).isEqualTo(AT);
        assertThat(p.durationSeconds()).isEqualTo(1020);
        assertThat(r.requests).allMatch(q -> FrenchTechShow.HOST.equals(q.host()));
    }

    @Test
    void eventIdIsStablePerEpisodeAndRevision() {
        ChapterSetBuilder b = new ChapterSetBuilder(new Recording());
        SegmentsEnriched e = FrenchTechShow.episode();
        assertThat(b.build(e, 1, AT).eventId()).isEqualTo(b.build(e, 1, AT.plusSeconds(60)).eventId())
                .isNotEqualTo(b.build(e, 2, AT).eventId());
    }

    @Test
    void noHostAndNoSegments() {
        ChaptersPublished p = new ChapterSetBuilder(new Recording()).build(event("fr", null, "  ", 0, List.of()), 1, AT);
        assertThat(p.host()).isNull();
        assertThat(p.chapters()).isEmpty();
        assertThat(p.durationSeconds()).isZero();
    }

    @Test
    void headlinesOfAnySummarizerAreCutToNinetyCharacters() {
        Recording r = new Recording();
        r.headline = "Un titre beaucoup trop long écrit par un modèle de langage qui ne respecte pas la consigne de longueur";
        ChaptersPublished p = new ChapterSetBuilder(r).build(event("fr", null, null, 0, List.of(segment(0, 0, 5, null))), 1, AT);
        assertThat(p.chapters().get(0).headline()).hasSizeLessThanOrEqualTo(90).startsWith("Un titre").doesNotEndWith(" ");
    }

    @Test
    void argumentsAreChecked() {
        ChapterSetBuilder b = new ChapterSetBuilder(new Recording());
        assertThatNullPointerException().isThrownBy(() -> new ChapterSetBuilder(null));
        assertThatNullPointerException().isThrownBy(() -> b.build(null, 1, AT));
        assertThatNullPointerException().isThrownBy(() -> b.build(FrenchTechShow.episode(), 1, null));
        assertThatIllegalArgumentException().isThrownBy(() -> b.build(FrenchTechShow.episode(), 0, AT));
    }
}
