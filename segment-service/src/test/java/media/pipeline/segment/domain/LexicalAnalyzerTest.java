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
    private static final LexicalAnalyzer DE = new LexicalAnalyzer(Language.GERMAN);
    private static final LexicalAnalyzer ES = new LexicalAnalyzer(Language.SPANISH);
    private static final LexicalAnalyzer IT = new LexicalAnalyzer(Language.ITALIAN);
    private static final LexicalAnalyzer NL = new LexicalAnalyzer(Language.DUTCH);
    private static final LexicalAnalyzer PT = new LexicalAnalyzer(Language.PORTUGUESE);

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
                Arguments.of(EN, "Um, the DNS outage", List.of("dn", "outag")),
                // the other languages: their stop words and hesitations go, plural and singular share a stem
                Arguments.of(DE, "Äh, also, die Züge und der Zug über den Fluss", List.of("zug", "zug", "fluss")),
                Arguments.of(ES, "Pues, o sea, los trenes y el tren de la línea", List.of("tren", "tren", "line")),
                Arguments.of(IT, "Allora, cioè, l'economia e le economie del paese", List.of("econom", "econom", "paese")),
                Arguments.of(NL, "Nou, weet je, de treinen en de trein naar het station",
                        List.of("trein", "trein", "station")),
                Arguments.of(PT, "Então, ou seja, os comboios e o comboio da linha", List.of("comboi", "comboi", "linh")),
                Arguments.of(ES, "", List.of()));
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
                Arguments.of("es-MX", List.of(), Language.SPANISH),
                Arguments.of("pt_BR", List.of(), Language.PORTUGUESE),
                Arguments.of("DE", List.of("and this is what we have seen in the graphs of the week"), Language.GERMAN),
                // a code we have no analysis for: the stop-word vote decides
                Arguments.of("sv", List.of("and this is what we have seen in the graphs of the week"), Language.ENGLISH),
                Arguments.of("und", List.of("Die Bahn hat heute mit der Gewerkschaft über den Streik gesprochen, aber es gibt noch keine Einigung."),
                        Language.GERMAN),
                Arguments.of(null, List.of("Los embalses del sur están vacíos y los agricultores piden que llueva pronto."),
                        Language.SPANISH),
                Arguments.of(null, List.of("Gli agricoltori del sud chiedono che il governo intervenga per questa siccità."),
                        Language.ITALIAN),
                Arguments.of(null, List.of("De boeren in het zuiden vragen dat de regering iets doet aan de droogte."),
                        Language.DUTCH),
                Arguments.of(null, List.of("Os agricultores do sul pedem que o governo faça alguma coisa contra a seca."),
                        Language.PORTUGUESE),
                Arguments.of(null, List.of(), Language.ENGLISH));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languages")
    void resolves_language(String code, List<String> texts, Language expected) {
        assertThat(Language.resolve(code, texts)).isEqualTo(expected);
    }
}
