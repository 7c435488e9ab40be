package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Sentence;

/** ASR variants resolved to canonical names, and ordinary words left alone. */
class EntityResolutionTest {
    private static final ChapterEnricher ENRICHER = ChapterEnricher.withDefaults();
    private static final EpisodeMetadata METADATA = SampleTranscript.metadata();

    static List<EntityMention> entities(String text, String language) {
        List<Sentence> chapter = List.of(new Sentence(0, 5, null, text));
        return ENRICHER.enrich(chapter, List.of(chapter), METADATA, language).entities();
    }

    static Stream<Arguments> resolutions() {
        return Stream.of(
                Arguments.of("on ne va quand même pas parler d'Open&Eye tous les soirs.", "OpenAI",
                        EntityType.ORGANIZATION, "Open&Eye"),
                Arguments.of("Sam Altman, c'est Open AI, même en France.", "OpenAI", EntityType.ORGANIZATION, "Open AI"),
                Arguments.of("le retour à la direction d'OVH Cloud de Octave Claba.", "OVHcloud",
                        EntityType.ORGANIZATION, "OVH Cloud"),
                Arguments.of("le retour à la direction d'OVH Cloud de Octave Claba.", "Octave Klaba",
                        EntityType.PERSON, "Octave Claba"),
                Arguments.of("Au VH Cloud, aujourd'hui, c'est un milliard de chiffre d'affaires.", "OVHcloud",
                        EntityType.ORGANIZATION, "Au VH Cloud"),
                Arguments.of("c'est ce qu'ils veulent faire chez un OVH Club, revenir à la base.", "OVHcloud",
                        EntityType.ORGANIZATION, "OVH Club"),
                Arguments.of("Pour le cloud souverain, il faut que Skyway réussisse.", "Scaleway",
                        EntityType.ORGANIZATION, "Skyway"),
                Arguments.of("Salim Nassur, bonsoir Salim.", "Salime Nassur", EntityType.PERSON, "Salim Nassur"),
                Arguments.of("À tes côtés Frédéric Red, bonsoir.", "Frédéric Krebs", EntityType.PERSON, "Frédéric Red"),
                Arguments.of("on va en parler avec Clément, notre roi du cloud.", "Clément David",
                        EntityType.PERSON, "Clément"),
                Arguments.of("Salime est fondateur de Mars avec deux A.", "Maars", EntityType.ORGANIZATION, "Mars"),
                Arguments.of("Les clients d'OVHcloud parlent de l'IA.", "OVHcloud", EntityType.ORGANIZATION, "OVHcloud"),
                Arguments.of("même Sergei Brink est revenu chez Google.", "Sergey Brin", EntityType.PERSON,
                        "Sergei Brink"),
                Arguments.of("l'arrivée de ChatGPT sur la partie IA.", "ChatGPT", EntityType.PRODUCT, "ChatGPT"),
                Arguments.of("OpenAI lance son navigateur ChatGPT Atlas.", "ChatGPT Atlas", EntityType.PRODUCT,
                        "ChatGPT Atlas"),
                Arguments.of("Il y a cette alliance Google Thales.", "Thales", EntityType.ORGANIZATION, "Thales"),
                Arguments.of("les abonnés de Free et d'Orange.", "Orange", EntityType.ORGANIZATION, "Orange"),
                Arguments.of("il a été beaucoup aux Etats-Unis.", "États-Unis", EntityType.PLACE, "Etats-Unis"),
                Arguments.of("des scaleways font de belles croissances.", "Scaleway", EntityType.ORGANIZATION,
                        "scaleways"),
                Arguments.of("Quand tu regardes Hot Scale, personne ne se dit ça.", "Outscale",
                        EntityType.ORGANIZATION, "Hot Scale"),
                Arguments.of("Xavier Niel, c'est Free.", "Xavier Niel", EntityType.PERSON, "Xavier Niel"),
                Arguments.of("sur BFM Business, Tech & Co.", "BFM Business", EntityType.ORGANIZATION, "BFM Business"));
    }

    @ParameterizedTest(name = "[{index}] {3} -> {1}")
    @MethodSource("resolutions")
    void resolvesAsrVariantsToCanonicalNames(String sentence, String canonical, EntityType type, String surface) {
        assertThat(entities(sentence, "fr"))
                .filteredOn(e -> e.name().equals(canonical))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(type);
                    assertThat(e.surfaceForms()).contains(surface);
                });
    }

    static Stream<Arguments> englishResolutions() {
        return Stream.of(
                Arguments.of("OpenAI's new browser competes with Google Chrome.", "OpenAI", "OpenAI"),
                Arguments.of("OpenAI's new browser competes with Google Chrome.", "Chrome", "Google Chrome"),
                Arguments.of("Satya Nadella said Azure grew again.", "Azure", "Azure"),
                Arguments.of("The US market is huge for Nvidia.", "États-Unis", "US"),
                Arguments.of("Google CEO Sundar Pitchai presented Gemini.", "Sundar Pichai", "Sundar Pitchai"));
    }

    @ParameterizedTest(name = "[{index}] {2} -> {1}")
    @MethodSource("englishResolutions")
    void resolvesInEnglish(String sentence, String canonical, String surface) {
        assertThat(entities(sentence, "en"))
                .filteredOn(e -> e.name().equals(canonical))
                .singleElement()
                .satisfies(e -> assertThat(e.surfaceForms()).contains(surface));
    }

    static Stream<Arguments> ordinaryWords() {
        return Stream.of(
                Arguments.of("C'est le roi du club de foot du quartier.", "club"),
                Arguments.of("On parle du cloud public et du cloud privé.", "cloud"),
                Arguments.of("Le code est open source et la porte est open.", "open"),
                Arguments.of("He stopped at the red light.", "red"),
                Arguments.of("La mission vers mars est prévue en mars.", "mars"),
                Arguments.of("Look at the sky tonight.", "sky"),
                Arguments.of("Une orange pressée et un déjeuner free.", "orange / free"),
                Arguments.of("Les paris sportifs sont ouverts.", "paris"),
                Arguments.of("Nous, we told us the truth.", "us"),
                Arguments.of("J'ai bu un café dans le monde entier, apple pie included.", "le monde / apple"),
                Arguments.of("", "empty text"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("ordinaryWords")
    void neverRewritesOrdinaryWords(String sentence, String what) {
        assertThat(entities(sentence, "fr")).as(what).isEmpty();
    }

    static Stream<Arguments> wrongResolutions() {
        return Stream.of(
                Arguments.of("Salut Frédéric.", "Frédéric Simottel", "two Frédérics: ambiguous"),
                Arguments.of("Salut Frédéric.", "Frédéric Krebs", "two Frédérics: ambiguous"),
                Arguments.of("Google a lancé un nouveau modèle.", "Gemini", "Google is not Gemini"),
                Arguments.of("Claude François chantait à la télé.", "Claude", "a first name, not the product"),
                Arguments.of("Il était en France avec François Sorel.", "France", "once only, not François"),
                Arguments.of("Frédéric Martin est venu.", "Frédéric Krebs", "a surname too far from Krebs"),
                Arguments.of("Paris a gagné, c'est fou.", "Paris", "common name opening a sentence, uncorroborated"),
                Arguments.of("chez Michel Pollin qu'on connaît bien.", "Pologne", "places are matched exactly only"),
                Arguments.of("Il aime Open et les apps.", "OpenAI", "one part of a joined name"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("wrongResolutions")
    void doesNotOverreach(String sentence, String notExpected, String why) {
        List<EntityMention> found = entities(sentence, "fr");
        if (notExpected.equals("France")) {
            assertThat(found).as(why).filteredOn(e -> e.name().equals("France"))
                    .singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(1));
        } else {
            assertThat(found).as(why).extracting(EntityMention::name).doesNotContain(notExpected);
        }
    }

    @org.junit.jupiter.api.Test
    void fuzzyNeedsMoreThanACapitalAtSentenceStart() {
        assertThat(entities("Skyway réussit. Red est là. Club fermé.", "fr")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void countsMentionsAndKeepsSurfaceFormsInOrderOfAppearance() {
        List<EntityMention> found = entities(
                "Ce soir, Open&Eye a sorti un navigateur. Open AI et OpenAI, c'est pareil. Google aussi ? OpenAI oui.", "fr");
        assertThat(found.get(0).name()).isEqualTo("OpenAI");
        assertThat(found.get(0).mentions()).isEqualTo(4);
        assertThat(found.get(0).surfaceForms()).containsExactly("Open&Eye", "Open AI", "OpenAI");
        assertThat(found).extracting(EntityMention::name).containsExactly("OpenAI", "Google");
    }
}
