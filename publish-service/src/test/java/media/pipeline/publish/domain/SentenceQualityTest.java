package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceQualityTest {
    private static final TermAnalyzer ANALYZER = new TermAnalyzer();
    private final SentenceQuality fr = new SentenceQuality(Language.FR, ANALYZER,
            List.of("cloud souverain", "direction"),
            List.of(new EntityMention("Octave Klaba", EntityType.PERSON, 2, List.of("Octave Claba")),
                    new EntityMention("OVHcloud", EntityType.ORGANIZATION, 2, List.of())));
    private final SentenceQuality en = new SentenceQuality(Language.EN, ANALYZER, List.of("data centers"), List.of());

    private double fr(String text) {
        return fr.score(text, ANALYZER.stems(text, Language.FR));
    }

    private double en(String text) {
        return en.score(text, ANALYZER.stems(text, Language.EN));
    }

    @ParameterizedTest(name = "''{0}'' is chit-chat")
    @CsvSource(delimiter = '|', textBlock = """
            Bonsoir à tous et bienvenue.
            Merci d'être avec nous ce soir.
            Merci Octave Klaba d'être avec nous.
            Merci beaucoup.
            Bonne soirée à tous, à la semaine prochaine.
            Restez avec nous.
            Voilà.
            Euh, bah, hein.
            ''
            """)
    void frenchChitChatScoresZero(String text) {
        assertThat(fr(text)).isZero();
    }

    @ParameterizedTest(name = "''{0}'' is chit-chat")
    @CsvSource(delimiter = '|', textBlock = """
            Good evening and welcome.
            Thank you for joining us tonight.
            Thanks so much.
            You know, yeah.
            """)
    void englishChitChatScoresZero(String text) {
        assertThat(en(text)).isZero();
    }

    @Test
    void greetingThatCarriesContentIsKeptButPenalised() {
        double withGreeting = fr("Bonsoir, ce soir Octave Klaba reprend la direction générale d'OVHcloud après trois ans.");
        double plain = fr("Ce soir Octave Klaba reprend la direction générale d'OVHcloud après trois ans.");
        assertThat(withGreeting).isPositive().isLessThan(plain);
    }

    @Test
    void questionsAndVeryShortSentencesArePenalised() {
        String statement = "Les clients attendent surtout la stabilité des prix et la qualité du support technique.";
        String question = "Les clients attendent-ils surtout la stabilité des prix et la qualité du support technique ?";
        assertThat(fr(question)).isPositive().isLessThan(fr(statement));
        assertThat(fr("Les prix montent.")).isPositive().isLessThan(fr(statement));
    }

    @Test
    void keywordsAndEntitiesBoost() {
        String plain = "Le groupe investit dans plusieurs nouveaux centres de calcul cette année.";
        String boosted = "Octave Klaba investit dans le cloud souverain et la direction change cette année.";
        assertThat(fr(boosted)).isGreaterThan(fr(plain));
        assertThat(fr.hits(boosted, new java.util.HashSet<>(ANALYZER.stems(boosted, Language.FR)))).isEqualTo(3);
        assertThat(en("We are opening three new data centers in Canada next year.")).isGreaterThan(
                en("We are opening three new offices in Canada next year."));
    }
}
