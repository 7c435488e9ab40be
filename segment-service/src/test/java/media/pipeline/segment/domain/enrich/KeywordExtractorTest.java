package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import media.pipeline.contracts.Sentence;

class KeywordExtractorTest {
    private static final ChapterEnricher ENRICHER = ChapterEnricher.withDefaults();

    private static List<Sentence> chapter(String... sentences) {
        return Arrays.stream(sentences).map(s -> new Sentence(0, 1, null, s)).toList();
    }

    private static List<String> keywords(List<Sentence> chapter, List<List<Sentence>> all, String language) {
        return ENRICHER.enrich(chapter, all, null, language).keywords();
    }

    static Stream<Arguments> chapters() {
        return Stream.of(
                Arguments.of("fr", chapter(
                        "Euh, voilà, bah les batteries des voitures électriques, hein, quoi.",
                        "Donc alors ben la batterie, c'est le cœur de la voiture électrique.",
                        "Euh les batteries coûtent cher, voilà, et les voitures électriques aussi."),
                        List.of("batteries", "voitures électriques"),
                        List.of("euh", "voilà", "bah", "hein", "quoi", "donc", "alors", "ben", "c'est", "est")),
                Arguments.of("en", chapter(
                        "Um, like, yeah, the batteries of electric cars, okay?",
                        "Uh, so the battery is, you know, the heart of electric cars.",
                        "Yeah, batteries are expensive and electric cars too, um, like, okay."),
                        List.of("electric cars"),
                        List.of("um", "uh", "like", "yeah", "okay", "so", "the", "you")),
                Arguments.of("fr", chapter(
                        "Les clients d'OVHcloud parlent de l'IA, l'IA générative.",
                        "L'IA et OVHcloud, l'IA partout, en 2025 et 2026, 20 % de plus."),
                        List.of("IA", "OVHcloud"),
                        List.of("l'IA", "d'OVHcloud", "2025", "2026", "20", "%")),
                Arguments.of("fr", chapter("Élodie préfère les crêpes à l'érable ; les crêpes d'Élodie, les crêpes !"),
                        List.of("crêpes"),
                        List.of("les", "d'Élodie")));
    }

    @ParameterizedTest(name = "[{index}] {0} {2}")
    @MethodSource("chapters")
    void returnsTopicWordsNeverFillersStopWordsOrNumbers(String language, List<Sentence> chapter,
                                                          List<String> expected, List<String> forbidden) {
        List<String> found = keywords(chapter, List.of(chapter), language);

        assertThat(found).containsAll(expected).doesNotContainAnyElementsOf(forbidden);
        assertThat(found).allSatisfy(k -> assertThat(k).matches(".*\\p{L}{2}.*"));
    }

    @Test
    void scoresAChapterAgainstTheOtherChapters() {
        List<Sentence> cars = chapter("Le cloud des voitures : les batteries, les batteries, le cloud.",
                "Les batteries chauffent, le cloud aussi.");
        List<Sentence> football = chapter("Le cloud du club : le stade, le match, le stade, le cloud.",
                "Le match au stade, le cloud encore.");
        List<List<Sentence>> episode = List.of(cars, football);

        assertThat(keywords(cars, episode, "fr").get(0)).isEqualTo("batteries");
        assertThat(keywords(football, episode, "fr").get(0)).isIn("stade", "match");
        assertThat(keywords(cars, episode, "fr")).doesNotContain("stade", "match");
    }

    @Test
    void keepsAtMostTheConfiguredNumber() {
        List<Sentence> text = chapter("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima");
        ChapterEnricher three = new ChapterEnricher(Gazetteer.empty(), 3);

        assertThat(three.enrich(text, List.of(text), null, "en").keywords()).hasSize(3);
        assertThat(keywords(text, List.of(text), "en")).hasSize(8);
    }

    @Test
    void emptyOrBlankChapterHasNoKeywords() {
        assertThat(keywords(List.of(), List.of(), "fr")).isEmpty();
        assertThat(keywords(chapter("", "   "), List.of(), "fr")).isEmpty();
        assertThat(keywords(chapter("euh, voilà, bah, hein, 2025."), List.of(), "fr")).isEmpty();
    }

    @Test
    void leavesOutTheNamesOfHostAndGuests() {
        List<Sentence> text = chapter("Merci Salime. Salime, les batteries ? Oui Salime, les batteries.");
        List<String> found = ENRICHER.enrich(text, List.of(text), SampleTranscript.metadata(), "fr").keywords();

        assertThat(found).contains("batteries").doesNotContain("Salime");
    }

    @Test
    void rejectsAnInvalidNumberOfKeywords() {
        assertThatThrownBy(() -> new ChapterEnricher(Gazetteer.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChapterEnricher(null, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
