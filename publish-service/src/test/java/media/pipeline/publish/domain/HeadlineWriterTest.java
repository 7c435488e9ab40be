package media.pipeline.publish.domain;

import static media.pipeline.publish.domain.FrenchTechShow.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HeadlineWriterTest {
    private static final TermAnalyzer ANALYZER = new TermAnalyzer();

    private static Segment segment(String kind, List<String> keywords, List<EntityMention> entities) {
        return new Segment(0, 0, 60, kind, List.of(), keywords, entities, List.of(), null);
    }

    private static final EntityMention OVH = entity("OVHcloud", EntityType.ORGANIZATION, 4, "OVH Cloud");
    private static final EntityMention KLABA = entity("Octave Klaba", EntityType.PERSON, 3, "Octave Claba", "Claba");
    private static final EntityMention PARIS = entity("Paris", EntityType.PLACE, 7, "Paris");
    private static final EntityMention HOST = entity("Claire Dumas", EntityType.PERSON, 9, "Claire");

    static Stream<Arguments> cases() {
        return Stream.of(
                // kind, language, keywords, entities, best sentences, expected headline
                Arguments.of("TOPIC", "fr", List.of("retour", "direction"), List.of(OVH, KLABA),
                        List.of("Octave Klaba annonce son retour à la direction, une surprise."),
                        "OVHcloud : retour à la direction"),
                Arguments.of("TOPIC", "fr", List.of("direction"), List.of(OVH, KLABA),
                        List.of("Octave Klaba reprend la direction générale d'OVHcloud, trois ans après."),
                        "Octave Klaba reprend la direction générale d'OVHcloud"), // what happened, naming the main subject
                Arguments.of("TOPIC", "fr", List.of("retour"), List.of(KLABA, OVH),
                        List.of("Le retour d'Octave Klaba à la tête d'OVHcloud, personne ne l'attendait."),
                        "Retour d'Octave Klaba à la tête d'OVHcloud"),
                // a name that is not an entity makes the phrase unusable: keywords instead
                Arguments.of("TOPIC", "fr", List.of("départ", "direction"), List.of(OVH, KLABA),
                        List.of("Le départ de Michel Paulin de la direction a surpris."),
                        "OVHcloud, Octave Klaba : départ, direction"),
                // no phrase (keywords absent from the sentence), no entity: keywords
                Arguments.of("TOPIC", "fr", List.of("cybersécurité", "hôpitaux"), List.of(),
                        List.of("Les attaques se multiplient."), "Cybersécurité, hôpitaux"),
                // PLACE counts half: the organisation leads
                Arguments.of("TOPIC", "fr", List.of(), List.of(PARIS, OVH), List.of(), "OVHcloud, Paris"),
                // the host is never the subject
                Arguments.of("TOPIC", "fr", List.of("serveurs"), List.of(HOST, OVH), List.of(), "OVHcloud : serveurs"),
                // keywords that are a surface form or look like a name are skipped
                Arguments.of("TOPIC", "fr", List.of("Claba", "Michel Paulin", "IA", "serveurs"), List.of(OVH), List.of(),
                        "OVHcloud : IA, serveurs"),
                Arguments.of("TOPIC", "fr", List.of(), List.of(), List.of(), "Chapitre 3"),
                Arguments.of("TOPIC", "en", List.of(), List.of(), List.of(), "Chapter 3"),
                Arguments.of("TOPIC", "en", List.of("data centers"), List.of(OVH),
                        List.of("OVHcloud will open new data centers in Canada and Asia, the CEO said."),
                        "OVHcloud will open new data centers"), // the clause stops before Canada, no entity
                Arguments.of("TOPIC", "en", List.of("data centers"), List.of(OVH, entity("Canada", EntityType.PLACE, 1)),
                        List.of("OVHcloud will open new data centers in Canada and Asia, the CEO said."),
                        "OVHcloud will open new data centers in Canada"),
                Arguments.of("INTRO", "fr", List.of(), List.of(HOST, OVH, KLABA), List.of(),
                        "Introduction : au programme, OVHcloud et Octave Klaba"),
                Arguments.of("INTRO", "en", List.of(), List.of(OVH, KLABA, PARIS), List.of(),
                        "Introduction: coming up, OVHcloud, Paris and Octave Klaba"), // 7 mentions of a place > 3
                Arguments.of("INTRO", "fr", List.of("cloud"), List.of(HOST), List.of(), "Introduction : au programme, cloud"),
                Arguments.of("INTRO", "fr", List.of(), List.of(), List.of(), "Introduction"),
                Arguments.of("OUTRO", "fr", List.of("soirée"), List.of(), List.of(), "Conclusion"),
                Arguments.of("OUTRO", "en", List.of(), List.of(), List.of(), "Wrap-up"),
                Arguments.of("OUTRO", "en", List.of(), List.of(KLABA), List.of(), "Wrap-up: Octave Klaba"));
    }

    @ParameterizedTest(name = "[{index}] {0}/{1} -> {5}")
    @MethodSource("cases")
    void headlines(String kind, String language, List<String> keywords, List<EntityMention> entities,
            List<String> best, String expected) {
        HeadlineWriter.Titles t = new HeadlineWriter(Language.of(language), ANALYZER)
                .write(segment(kind, keywords, entities), 3, "Claire Dumas", best);
        assertThat(t.headline()).isEqualTo(expected);
        assertThat(HeadlineWriter.wordCount(t.gist())).isBetween(3, 8);
        assertThat(t.gist()).doesNotContain("Claba", "Michel", "Claire");
    }

    @Test
    void longNamesStayWithinNinetyCharacters() {
        List<EntityMention> entities = List.of(
                entity("Organisation européenne pour la recherche nucléaire et les très grands instruments", EntityType.ORGANIZATION, 5),
                entity("Agence nationale de la sécurité des systèmes d'information et du numérique", EntityType.ORGANIZATION, 4),
                entity("Commission nationale de l'informatique et des libertés", EntityType.ORGANIZATION, 3));
        for (String kind : List.of("TOPIC", "INTRO", "OUTRO")) {
            HeadlineWriter.Titles t = new HeadlineWriter(Language.FR, ANALYZER).write(
                    segment(kind, List.of("cybersécurité", "coopération internationale"), entities), 1, null,
                    List.of("La cybersécurité des laboratoires de recherche demande une coopération internationale renforcée."));
            assertThat(t.headline()).isNotBlank().hasSizeLessThanOrEqualTo(90);
            assertThat(HeadlineWriter.wordCount(t.gist())).isBetween(3, 8);
        }
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            La direction générale d'OVHcloud, enfin.        | direction générale d'OVHcloud
            La direction qui change tout.                    | ''
            La direction de la                               | ''
            Nouvelle direction pour Octave Klaba et ses équipes. | direction pour Octave Klaba
            """)
    void phraseStopsAtPunctuationClausesAndEmptyTails(String sentence, String expected) {
        String phrase = new HeadlineWriter(Language.FR, ANALYZER).phrase(sentence, List.of("direction"),
                List.of("OVHcloud", "Octave Klaba"));
        assertThat(phrase == null ? "" : phrase).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' canonical: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OVHcloud : retour d'Octave Klaba           | true
            Retour d'Octave Klaba                      | true
            retour de Michel Paulin                    | false
            retour d'Octave Claba                      | false
            règles sur l'IA                            | true
            règles sur l'OTAN                          | false
            Cloud souverain                            | false
            """)
    void namesMustBeCanonical(String text, boolean expected) {
        assertThat(HeadlineWriter.namesAreCanonical(text, List.of("retour", "IA"), List.of("OVHcloud", "Octave Klaba")))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Court                                  | 90 | Court
            OVHcloud : retour à la direction       | 20 | OVHcloud : retour à
            OVHcloud, Octave Klaba : retour        | 23 | OVHcloud, Octave Klaba
            Anticonstitutionnellement              | 10 | Anticonsti
            """)
    void fitCutsAtAWord(String text, int max, String expected) {
        assertThat(HeadlineWriter.fit(text, max)).isEqualTo(expected).hasSizeLessThanOrEqualTo(max);
    }
}
