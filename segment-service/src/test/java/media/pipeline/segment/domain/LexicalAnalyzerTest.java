package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexicalAnalyzerTest {
    private static final LexicalAnalyzer FR = new LexicalAnalyzer(Language.FRENCH);
    private static final LexicalAnalyzer EN = new LexicalAnalyzer(Language.ENGLISH);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(FR, "", List.of()),
                Arguments.of(FR, "euh voilà, bah, en fait du coup, tu vois", List.of()),
                Arguments.of(FR, "L'entreprise et les entreprises", List.of("entrepris", "entrepris")),
                Arguments.of(FR, "Euh, la panne du cloud d'Amazon", List.of("pane", "cloud", "amazon")),
                Arguments.of(FR, "en 2018, 65 %", List.of()),
                Arguments.of(FR, "c'est la chaîne qui est là, nous sommes, tu as", List.of("chain")),
                Arguments.of(FR, "L'Est de la France", List.of("franc")),
                Arguments.of(FR, "qu'il fût là, ÉTÉ comme hiver", List.of("hiv")),
                Arguments.of(EN, "uh um you know, I mean, like, yeah", List.of()),
                Arguments.of(EN, "The browsers and the browser's market", List.of("browser", "browser", "market")),
                Arguments.of(EN, "Um, the DNS outage", List.of("dn", "outag")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void keeps_content_stems_only(LexicalAnalyzer analyzer, String text, List<String> expected) {
        assertThat(analyzer.terms(text)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", List.of(), Language.FRENCH),
                Arguments.of("en-GB", List.of(), Language.ENGLISH),
                Arguments.of(null, List.of("et c'est pour cela que nous avons vu les graphes de la semaine"), Language.FRENCH),
                Arguments.of("de", List.of("and this is what we have seen in the graphs of the week"), Language.ENGLISH),
                Arguments.of(null, List.of(), Language.ENGLISH));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languages")
    void resolves_language(String code, List<String> texts, Language expected) {
        assertThat(Language.resolve(code, texts)).isEqualTo(expected);
    }
}
