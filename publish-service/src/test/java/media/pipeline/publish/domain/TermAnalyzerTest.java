package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermAnalyzerTest {
    private final TermAnalyzer analyzer = new TermAnalyzer();

    @ParameterizedTest(name = "[{0}] ''{1}'' has no content")
    @CsvSource(delimiter = '|', textBlock = """
            FR | euh voilà bah ben hein
            FR | alors, en fait, du coup, tu vois
            FR | c'est ça, oui, bon
            FR | le la les de des du
            EN | uh um you know, well, like, I mean
            EN | it is what it is
            EN | so, yeah, okay
            DE | äh, also, der die das und über
            ES | pues, o sea, los que de la
            IT | allora, cioè, il che di della
            NL | nou, weet je, de het een van
            PT | então, ou seja, os que de da
            """)
    void fillersAndStopWordsAreNotContent(Language language, String text) {
        assertThat(analyzer.stems(text, language)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] ''{1}'' ~ ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            FR | l'entreprise            | entreprises
            FR | les centres de données  | centre de donnée
            FR | souveraineté            | Souveraineté
            FR | d'OVHcloud              | OVHcloud
            EN | the servers             | server
            EN | running                 | runs
            EN | company's               | companies
            DE | die Züge                | Zug
            ES | los trenes              | tren
            IT | le economie             | economia
            NL | de treinen              | trein
            PT | os comboios             | comboio
            """)
    void inflectionsShareStems(Language language, String a, String b) {
        assertThat(analyzer.stems(a, language)).isEqualTo(analyzer.stems(b, language)).isNotEmpty();
    }

    @Test
    void keepsOrderAndRepeats() {
        List<String> stems = analyzer.stems("Le cloud, euh, le cloud souverain.", Language.FR);
        assertThat(stems).hasSize(3);
        assertThat(stems.get(0)).isEqualTo(stems.get(1));
    }

    @Test
    void blankAndNullAreEmpty() {
        assertThat(analyzer.stems(null, Language.FR)).isEmpty();
        assertThat(analyzer.stems("  ", Language.EN)).isEmpty();
    }

    @Test
    void handlesUnicodeAndMarkup() {
        assertThat(analyzer.stems("Zürich, 東京 et l'été <b>", Language.FR)).isNotEmpty().doesNotContain("<b>", "b>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            fr    | FR
            FR    | FR
            fr-CA | FR
            fr_BE | FR
            en    | EN
            de    | DE
            es-MX | ES
            it    | IT
            nl_BE | NL
            pt-BR | PT
            sv    | EN
            und   | EN
            NULL  | EN
            """)
    void languageCodes(String code, Language expected) {
        assertThat(Language.of(code)).isEqualTo(expected);
    }
}
