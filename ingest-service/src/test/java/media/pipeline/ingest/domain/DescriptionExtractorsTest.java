package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import media.pipeline.contracts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small description extractors, French and English, with texts written for these tests. */
class DescriptionExtractorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "il y a 3 mois|P3M", "- il y a 3 mois|", "il y a un an|P1Y", "il y a 2 jours|P2D",
            "il y a 5 heures|P0D", "il y a 2 semaines|P14D", "3 months ago|P3M", "1 year ago|P1Y",
            "an hour ago|P0D", "Posted 4 weeks ago|P28D", "yesterday|P1D", "Publié il y a 10 jours|P10D",
            "Il y a 3 mois, nous étions à Paris.|", "3 months|", "octobre 2025|",
            "vor 3 Monaten|P3M", "Veröffentlicht vor einem Jahr|P1Y", "vor 2 Stunden|P0D", "gestern|P1D",
            "hace 2 semanas|P14D", "hace un mes|P1M", "ayer|P1D", "3 mesi fa|P3M", "un anno fa|P1Y",
            "2 weken geleden|P14D", "een jaar geleden|P1Y", "3 uur geleden|P0D", "há 5 dias|P5D", "há um ano|P1Y",
            "Hace 3 meses fuimos a Madrid.|"})
    void readsRelativeAges(String text, String expected) {
        Optional<Period> age = new RelativeAgeParser().parse(text);
        if (expected == null) {
            assertThat(age).isEmpty();
        } else {
            assertThat(age).contains(Period.parse(expected));
        }
    }

    @ParameterizedTest(name = "{0} (seen {1}, age {2})")
    @CsvSource(delimiter = '|', value = {
            "Ce mardi 21 octobre, X reçoit Y.|2026-01-21|P3M|2025-10-21",
            "Ce mardi 21 octobre, X reçoit Y.|2026-01-21|P0D|2025-10-21",
            "Ce lundi 5 janvier, X reçoit Y.|2026-01-07|P2D|2026-01-05",
            "Le jeudi 1er mai, X reçoit Y.|2026-01-21|P8M|2025-05-01",
            "Diffusé le 21 octobre 2025.|2030-01-01|P0D|2025-10-21",
            "On Tuesday, October 21, Jane Smith welcomed Bob Stone.|2026-01-21|P3M|2025-10-21",
            "Recorded October 21, 2025 in London.|2026-06-01|P0D|2025-10-21",
            "Recorded on 21 October 2025.|2026-06-01|P0D|2025-10-21",
            "Broadcast 2025-10-21 on Example TV.|2026-06-01|P0D|2025-10-21",
            "On Friday the 3rd of January, the team met.|2025-01-10|P7D|2025-01-03",
            "Ce dimanche 29 décembre, X reçoit Y.|2025-01-10|P0D|2024-12-29",
            "Ce dimanche 29 decembre, sans accents.|2025-01-10|P0D|2024-12-29",
            "Sendung vom Dienstag, 21. Oktober 2025.|2026-06-01|P0D|2025-10-21",
            "Am 3. März diskutieren X und Y.|2025-03-10|P0D|2025-03-03",
            "Emitido el martes 21 de octubre de 2025.|2026-06-01|P0D|2025-10-21",
            "Programa del 1º de mayo del 2024.|2026-06-01|P0D|2024-05-01",
            "In onda martedì 21 ottobre 2025.|2026-06-01|P0D|2025-10-21",
            "Uitzending van dinsdag 21 oktober 2025.|2026-06-01|P0D|2025-10-21",
            "Exibido na terça-feira, 21 de outubro de 2025.|2026-06-01|P0D|2025-10-21",
            "Gravado em 5 de março.|2025-03-20|P0D|2025-03-05",
            "Un reportage sans date.|2026-01-21|P0D|"})
    void readsAirDates(String description, LocalDate reference, Period age, LocalDate expected) {
        Optional<AirDateExtractor.Result> result = new AirDateExtractor().extract(description, reference, age);
        if (expected == null) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).map(AirDateExtractor.Result::date).contains(expected);
            assertThat(result.get().warning()).isNull();
        }
    }

    @Test
    void reportsAWeekdayThatFitsNoYear() {
        var result = new AirDateExtractor().extract("Ce lundi 21 octobre, X reçoit Y.", LocalDate.of(2026, 1, 21), Period.ofMonths(3));
        assertThat(result).map(AirDateExtractor.Result::date).contains(LocalDate.of(2024, 10, 21));

        var impossible = new AirDateExtractor().extract("Ce samedi 21 octobre 2025, X reçoit Y.", LocalDate.of(2026, 1, 21), Period.ZERO);
        assertThat(impossible).map(AirDateExtractor.Result::date).contains(LocalDate.of(2025, 10, 21));
        assertThat(impossible.get().warning()).isEqualTo("air date 2025-10-21 is a tuesday but the description says saturday");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ce mardi 21 octobre, Frédéric Simottel a reçu A B.|Frédéric Simottel",
            "Ce soir, Anne-Claire Coudray reçoit Jean Dupont.|Anne-Claire Coudray",
            "Hier, Léa Salamé accueille Jean Dupont.|Léa Salamé",
            "Tonight Jane Smith welcomes Bob Stone.|Jane Smith",
            "On Monday, John McAdams hosted Jane Roe.|John McAdams",
            "Sarah Jones is joined by Tim Cook.|Sarah Jones",
            "Un magazine présenté par Charles de Gaulle.|Charles de Gaulle",
            "Heute Abend begrüßt Anna Schmidt zwei Gäste.|",
            "Anna Schmidt im Gespräch mit Jan Weber.|Anna Schmidt",
            "Eine Sendung moderiert von Anna Schmidt.|Anna Schmidt",
            "Esta noche Lucía Gómez recibe a Pedro Ruiz.|Lucía Gómez",
            "Stasera Giulia Bianchi intervista Marco Neri.|Giulia Bianchi",
            "Vanavond ontvangt Eva de Vries twee gasten.|",
            "Een programma gepresenteerd door Eva de Vries.|Eva de Vries",
            "Esta noite Ana Costa recebe Rui Lopes.|Ana Costa",
            "Un programa presentado por Lucía Gómez.|Lucía Gómez",
            "Le journal de la nuit, avec des invités.|"})
    void findsTheHost(String description, String host) {
        assertThat(new HostExtractor().extract(description).map(HostExtractor.Found::host))
                .isEqualTo(Optional.ofNullable(host));
    }

    static Stream<Arguments> guestLists() {
        return Stream.of(
                Arguments.of("Marie Dupont reçoit Luc Martin, fondateur de Qonto, et Ada Lovelace, directrice technique chez Kelkoo.",
                        List.of(new Person("Luc Martin", "fondateur", "Qonto"),
                                new Person("Ada Lovelace", "directrice technique", "Kelkoo"))),
                Arguments.of("Marie Dupont a reçu Jean Valjean, président d'Airbus France, pour parler d'aviation.",
                        List.of(new Person("Jean Valjean", "président", "Airbus France"))),
                Arguments.of("Marie Dupont reçoit Paul Martin et Anne Dubois.",
                        List.of(Person.named("Paul Martin"), Person.named("Anne Dubois"))),
                Arguments.of("Jane Smith welcomed John Doe, CEO of Acme Corp, and Mary Major, head of research at Globex, to discuss chips.",
                        List.of(new Person("John Doe", "CEO", "Acme Corp"), new Person("Mary Major", "head of research", "Globex"))),
                Arguments.of("Jane Smith talks to Bob Stone (Initech) and Alice Wong, economist.",
                        List.of(new Person("Bob Stone", null, "Initech"), new Person("Alice Wong", "economist", null))),
                Arguments.of("Jane Smith welcomes Managing Director Bob, and nobody else.", List.of()),
                Arguments.of("Invités : Luc Martin, fondateur de Qonto ; Éloïse Durand.",
                        List.of(new Person("Luc Martin", "fondateur", "Qonto"), Person.named("Éloïse Durand"))),
                // French words that are another language's "and" do not split a guest's description
                Arguments.of("Marie Dupont reçoit Luc Martin, expert en cybersécurité, et Ada Lovelace.",
                        List.of(new Person("Luc Martin", "expert en cybersécurité", null), Person.named("Ada Lovelace"))),
                Arguments.of("Lucía Gómez recibe a Pedro Ruiz, director de Renfe, y Ana Torres, economista.",
                        List.of(new Person("Pedro Ruiz", "director", "Renfe"), new Person("Ana Torres", "economista", null))),
                Arguments.of("Anna Schmidt im Gespräch mit Jan Weber, Chef der Deutschen Bahn, und Eva Braun.",
                        List.of(new Person("Jan Weber", "Chef", "Deutschen Bahn"), Person.named("Eva Braun"))),
                Arguments.of("Giulia Bianchi intervista Marco Neri, direttore di Trenitalia, e Sara Conti.",
                        List.of(new Person("Marco Neri", "direttore", "Trenitalia"), Person.named("Sara Conti"))),
                Arguments.of("Eva de Vries spreekt met Jan Bakker, directeur van NS, en Els Smit.",
                        List.of(new Person("Jan Bakker", "directeur", "NS"), Person.named("Els Smit"))),
                Arguments.of("Ana Costa recebe Rui Lopes, diretor da CP, e Inês Sousa.",
                        List.of(new Person("Rui Lopes", "diretor", "CP"), Person.named("Inês Sousa"))),
                Arguments.of("Invitados: Pedro Ruiz, director de Renfe; Ana Torres.",
                        List.of(new Person("Pedro Ruiz", "director", "Renfe"), Person.named("Ana Torres"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guestLists")
    void findsGuestsWithRoleAndOrganization(String description, List<Person> expected) {
        var host = new HostExtractor().extract(description);
        GuestExtractor guests = new GuestExtractor();
        List<Person> found = host.map(h -> guests.fromClause(h.guestClause())).filter(g -> !g.isEmpty())
                .orElseGet(() -> guests.fromLabel(description));
        assertThat(found).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> topicLists() {
        return Stream.of(
                Arguments.of("Ils sont revenus sur la grève, la réforme des retraites, et le budget, dans l'émission X.",
                        List.of("la grève", "la réforme des retraites", "le budget")),
                Arguments.of("Ils ont parlé de l'inflation, du prix de l'énergie et de la dette.",
                        List.of("l'inflation", "le prix de l'énergie", "la dette")),
                Arguments.of("Au menu : la finale, le mercato et les arbitres.",
                        List.of("la finale", "le mercato", "les arbitres")),
                Arguments.of("They discussed rising rates, the housing market and crypto on the show Money Talk.",
                        List.of("rising rates", "the housing market", "crypto")),
                Arguments.of("They talked about the exit of Jane Roe, the CEO of Initech, and the new chips.",
                        List.of("the exit of Jane Roe, the CEO of Initech", "the new chips")),
                Arguments.of("Elles sont revenues sur « la crise, vue d'en bas » et le chômage.",
                        List.of("« la crise, vue d'en bas »", "le chômage")),
                Arguments.of("Un magazine sans sommaire.", List.of()),
                // a French final "en" or "y" is not an "and"
                Arguments.of("Ils ont parlé de la grève en France et du budget.", List.of("la grève en France", "le budget")),
                Arguments.of("Esta noche hablamos del tren, de la sequía y del nuevo estadio.",
                        List.of("el tren", "la sequía", "el nuevo estadio")),
                Arguments.of("Esta noche hablamos con Pedro Ruiz.", List.of()),
                Arguments.of("Hablamos del tren, de la sequía en Andalucía y del nuevo estadio, en el programa Hoy en la Radio.",
                        List.of("el tren", "la sequía en Andalucía", "el nuevo estadio")),
                Arguments.of("Themen: der Bahnstreik, die Hitze und die Waldbrände in Brandenburg.",
                        List.of("der Bahnstreik", "die Hitze", "die Waldbrände in Brandenburg")),
                Arguments.of("Stasera si parla di treni, di siccità e dello stadio.",
                        List.of("treni", "siccità", "lo stadio")),
                Arguments.of("Het gaat over de staking, de hitte en de bosbranden.",
                        List.of("de staking", "de hitte", "de bosbranden")),
                Arguments.of("Hoje falamos de comboios, da seca e do novo estádio.",
                        List.of("comboios", "a seca", "o novo estádio")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicLists")
    void findsAnnouncedTopics(String description, List<String> expected) {
        assertThat(new TopicExtractor().extract(description)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dans l'émission Tech & Co, la quotidienne, sur BFM Business.|Tech & Co",
            "Retrouvez l'émission du lundi au jeudi.|",
            "Un extrait de l'émission « C dans l'air » du 3 mai.|C dans l'air",
            "dans l'émission 28 Minutes sur Arte.|28 Minutes",
            "They spoke on the show The Daily Brief, on Example TV.|The Daily Brief",
            "Highlights from the podcast Hard Fork.|Hard Fork",
            "A show about cars.|",
            "Ein Ausschnitt aus der Sendung Markus Lanz im ZDF.|Markus Lanz",
            "Entrevista en el programa Hoy por Hoy, en la Cadena SER.|Hoy por Hoy",
            "Un estratto del programma Report su Rai 3.|Report",
            "Een fragment uit het programma Nieuwsuur op NPO 2.|Nieuwsuur",
            "Excerto do programa Prós e Contras, na RTP.|Prós e Contras",
            "Ein Gespräch über die Sendung von gestern.|",
            "Hablamos de todo en el programa Hoy en la Radio.|Hoy en la Radio"})
    void findsTheShowName(String description, String show) {
        assertThat(new ShowNameExtractor().extract(description)).isEqualTo(Optional.ofNullable(show));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "🙂🙂"})
    void emptyDescriptionsGiveNothing(String description) {
        assertThat(new HostExtractor().extract(description)).isEmpty();
        assertThat(new TopicExtractor().extract(description)).isEmpty();
        assertThat(new ShowNameExtractor().extract(description)).isEmpty();
        assertThat(new AirDateExtractor().extract(description, LocalDate.of(2026, 1, 1), Period.ZERO)).isEmpty();
        assertThat(new GuestExtractor().fromClause(description)).isEmpty();
    }
}
