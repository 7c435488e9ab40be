package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.withDefaults();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Bonsoir à tous, bienvenue dans cette émission consacrée à l'actualité économique de la semaine.|fr",
            "Good evening and welcome to tonight's programme about the week's business news.|en",
            "Guten Abend und willkommen zu unserer Sendung über die Wirtschaftsnachrichten der Woche.|de",
            "Buenas noches y bienvenidos a nuestro programa sobre las noticias económicas de la semana.|es",
            "Buonasera e benvenuti alla nostra trasmissione sulle notizie economiche della settimana.|it",
            "Goedenavond en welkom bij ons programma over het economische nieuws van de week.|nl",
            "Boa noite e bem-vindos ao nosso programa sobre as notícias económicas da semana.|pt"})
    void detectsBroadcastLanguages(String text, String code) {
        assertThat(LANGUAGES.detect(text)).contains(code);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"''", "ok", "12:30 45 67", "🙂 🙂 🙂"})
    void isUnsureOnTooLittleText(String text) {
        assertThat(LANGUAGES.detect(text)).isEmpty();
    }

    @Test
    void facadeFallsBackToTheHintThenUnd() {
        byte[] numbersOnly = Fixtures.utf8("00:01 1 2 3\n00:02 4 5 6\n");
        ParseHints french = new ParseHints(null, null, null, null, "fr-FR", null);

        assertThat(Fixtures.PARSER.parse(numbersOnly, french).metadata().language()).isEqualTo("fr");
        assertThat(Fixtures.PARSER.parse(numbersOnly, ParseHints.none()).metadata().language()).isEqualTo("und");
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> new LanguageIdentifier(0, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageIdentifier(100, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
