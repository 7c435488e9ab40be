package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gap test that decides whether two words can be one name ("OVH Cloud", "AT&T", "Jean-Luc", "M. Dupont"). */
class JoinableGapTest {
    /** The substring-and-strip version it replaced, kept to compare against. */
    private static boolean reference(String gap) {
        String trimmed = gap.strip();
        return trimmed.isEmpty() || trimmed.equals("-") || trimmed.equals("&") || gap.equals(".");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"|true", "\" \"|true", "\"  \t \"|true", "-|true", "\" - \"|true", "&|true", "\" & \"|true", ".|true",
            "\" . \"|false", ", |false", "\"--\"|false", "\"- -\"|false", "\"-&\"|false", "\"\u00A0\"|false",
            "\"\u2003\"|true", "\"'\"|false", "\"..\"|false", "\" \u2014 \"|false", "\"\uD83D\uDE00\"|false"})
    void joins_only_across_blanks_one_hyphen_or_ampersand_or_a_bare_dot(String gap, boolean expected) {
        String text = "Ab" + gap + "Cd";
        assertThat(EntityRecognizer.joinable(text, 2, 2 + gap.length())).isEqualTo(expected).isEqualTo(reference(gap));
    }
}
