package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole domain on a realistic French episode. */
class FrenchTechShowTest {
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");
    /** The fixed words of French headlines and gists ("Introduction : au programme", "Fin de l'émission"). */
    private static final List<String> LABELS = List.of("Introduction", "Conclusion", "Chapitre", "Au", "Fin", "Ouverture");
    private static ChaptersPublished published;

    @BeforeAll
    static void build() {
        published = new ChapterSetBuilder(new ExtractiveSummarizer())
                .build(FrenchTechShow.episode(), 1, Instant.parse("2025-03-14T22:00:00Z"));
    }

    static Stream<Chapter> chapters() {
        return new ChapterSetBuilder(new ExtractiveSummarizer())
                .build(FrenchTechShow.episode(), 1, Instant.parse("2025-03-14T22:00:00Z")).chapters().stream();
    }

    private static Segment segmentOf(Chapter c) {
        return FrenchTechShow.segments().get(c.index());
    }

    @Test
    void oneChapterPerSegmentWithEpisodeFields() {
        assertThat(published.chapters()).hasSize(5);
        assertThat(published.chapters()).extracting(Chapter::start).containsExactly(0.0, 95.0, 410.0, 700.0, 990.0);
        assertThat(published.host().name()).isEqualTo(FrenchTechShow.HOST);
        assertThat(published.guests()).extracting(p -> p.name()).containsExactly("Julie Bernard");
        assertThat(published.language()).isEqualTo("fr");
        assertThat(published.durationSeconds()).isEqualTo(1020);
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void headlineIsFrenchNonEmptyShortAndNamesTheMainEntity(Chapter c) {
        assertThat(c.headline()).isNotBlank().hasSizeLessThanOrEqualTo(90);
        Segment s = segmentOf(c);
        switch (s.kind()) {
            case "INTRO" -> assertThat(c.headline()).startsWith("Introduction : au programme, ")
                    .contains("OVHcloud", "Mistral AI", "Octave Klaba").doesNotContain(FrenchTechShow.HOST);
            case "OUTRO" -> assertThat(c.headline()).startsWith("Conclusion");
            default -> {
                String main = HeadlineWriter.rankEntities(s.entities(), FrenchTechShow.HOST).get(0).name();
                assertThat(c.headline()).contains(main);
                // French: a subject/predicate colon has a space before it, as French typography wants
                assertThat(c.headline()).doesNotContainPattern("[^ ]:");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void headlineAndGistNameOnlyCanonicalEntitiesOfTheChapter(Chapter c) {
        List<String> canonical = segmentOf(c).entities().stream().map(EntityMention::name).toList();
        for (String text : List.of(c.headline(), c.gist())) {
            Matcher m = CAPITALISED.matcher(text);
            while (m.find()) {
                String word = m.group();
                boolean inName = canonical.stream().anyMatch(n -> Arrays.asList(n.split(" ")).contains(word));
                boolean label = m.start() == 0 && LABELS.contains(word);
                boolean acronymKeyword = word.equals(word.toUpperCase(Locale.ROOT)) && segmentOf(c).keywords().contains(word);
                assertThat(inName || label || acronymKeyword)
                        .as("'%s' in '%s' is not a canonical entity of chapter %d", word, text, c.index())
                        .isTrue();
            }
            assertThat(text).doesNotContain("Claba", "Michel", "Paulin", "OVH Cloud");
        }
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void gistIsAFewWords(Chapter c) {
        assertThat(HeadlineWriter.wordCount(c.gist())).isBetween(3, 8);
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void summaryIsTwoToFourSentencesOfTheChapterWithoutChitChat(Chapter c) {
        List<String> summarySentences = splitSentences(c.summary());
        assertThat(summarySentences).hasSizeBetween(2, 4);
        List<String> source = segmentOf(c).sentences().stream().map(Sentence::text)
                .map(t -> canonicalise(t, segmentOf(c))).map(FrenchTechShowTest::letters).toList();
        for (String s : summarySentences) {
            assertThat(source).as("'%s' comes from chapter %d", s, c.index()).anyMatch(src -> src.contains(letters(s)));
            assertThat(s).matches("^\\p{Lu}.*[.!?…]$");
            assertThat(s.toLowerCase(Locale.ROOT))
                    .doesNotContain("bonsoir", "bienvenue", "merci", "restez avec nous", "bonne soirée");
            assertThat(s).doesNotStartWith("Euh").doesNotStartWith("Alors,").doesNotStartWith("Voilà,");
            assertThat(s).doesNotEndWith("?");
        }
        assertThat(c.summary()).doesNotContain("Claba", "OVH Cloud");
    }

    @Test
    void topicHeadlinesSayWhatHappenedInTheChaptersOwnWords() {
        assertThat(published.chapters()).extracting(Chapter::headline).containsExactly(
                "Introduction : au programme, OVHcloud, Mistral AI et Octave Klaba",
                "Octave Klaba reprend la direction générale d'OVHcloud",
                "Mistral AI joue la carte des modèles ouverts",
                // no sentence with "AI Act" as a subject: keyword phrase headline
                "AI Act : règlement européen sur l'intelligence artificielle",
                "Conclusion");
    }

    @Test
    void surfaceFormsAreReplacedByTheCanonicalNameInSummaries() {
        assertThat(published.chapters().get(1).summary()).contains("Octave Klaba").contains("OVHcloud");
    }

    @Test
    void summariesFollowTimeOrder() {
        for (Chapter c : published.chapters()) {
            List<String> source = segmentOf(c).sentences().stream()
                    .map(s -> letters(canonicalise(s.text(), segmentOf(c)))).toList();
            List<Integer> positions = splitSentences(c.summary()).stream().map(FrenchTechShowTest::letters)
                    .map(s -> indexOf(source, s)).toList();
            assertThat(positions).isSorted();
        }
    }

    @Test
    void allFormatsAreProducedForTheEpisode() {
        assertThat(new YouTubeChapters().write(published)).startsWith("0:00 Introduction").contains("\n16:30 Conclusion");
        assertThat(new WebVttChapters().write(published)).startsWith("WEBVTT\n").contains("00:16:30.000 --> 00:17:00.000");
        assertThat(new PodcastChaptersJson().write(published)).contains("\"version\":\"1.2.0\"");
    }

    private static int indexOf(List<String> source, String s) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> splitSentences(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("(?<=[.!?…])\\s+(?=\\p{Lu})"));
    }

    /** Independent of the code under test: a plain replacement of the fixture's known surface forms. */
    private static String canonicalise(String text, Segment s) {
        String t = text;
        for (EntityMention e : s.entities()) {
            for (String form : e.surfaceForms().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                t = t.replaceAll("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])", e.name());
            }
        }
        return t.replace("Octave Octave Klaba", "Octave Klaba");
    }

    /** Lower-case letters and digits only, hesitations removed: compares sentences across cleaning. */
    static String letters(String text) {
        String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                .replaceAll("\\b(euh|bah|hein)\\b", " ");
        return t.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
