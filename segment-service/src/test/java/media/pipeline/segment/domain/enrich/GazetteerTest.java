package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;

class GazetteerTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "OpenAI, ORGANIZATION", "ChatGPT, PRODUCT", "ChatGPT Atlas, PRODUCT", "Google, ORGANIZATION",
            "Chrome, PRODUCT", "Gemini, PRODUCT", "Microsoft, ORGANIZATION", "Azure, PRODUCT",
            "Amazon, ORGANIZATION", "AWS, ORGANIZATION", "Apple, ORGANIZATION", "Meta, ORGANIZATION",
            "Nvidia, ORGANIZATION", "Mistral AI, ORGANIZATION", "Anthropic, ORGANIZATION", "Claude, PRODUCT",
            "OVHcloud, ORGANIZATION", "Scaleway, ORGANIZATION", "Orange, ORGANIZATION", "SFR, ORGANIZATION",
            "Free, ORGANIZATION", "Bouygues Telecom, ORGANIZATION", "Dailymotion, ORGANIZATION",
            "YouTube, PRODUCT", "Netflix, ORGANIZATION", "Tesla, ORGANIZATION", "X, ORGANIZATION",
            "TikTok, PRODUCT", "Perplexity, ORGANIZATION", "Salesforce, ORGANIZATION", "IBM, ORGANIZATION",
            "Oracle, ORGANIZATION", "SAP, ORGANIZATION", "Capgemini, ORGANIZATION", "Atos, ORGANIZATION",
            "Thales, ORGANIZATION", "Airbus, ORGANIZATION", "Cloudflare, ORGANIZATION", "Kubernetes, PRODUCT",
            "Linux, PRODUCT", "Sam Altman, PERSON", "Elon Musk, PERSON", "Sundar Pichai, PERSON",
            "Satya Nadella, PERSON", "Jensen Huang, PERSON", "Octave Klaba, PERSON", "Xavier Niel, PERSON",
            "Emmanuel Macron, PERSON", "France, PLACE", "Paris, PLACE", "Europe, PLACE", "États-Unis, PLACE",
            "Chine, PLACE", "BFM Business, ORGANIZATION", "TF1, ORGANIZATION"})
    void defaultListHoldsTheWellKnownEntities(String name, EntityType type) {
        assertThat(Gazetteer.defaults().entries())
                .filteredOn(e -> e.name().equals(name)).singleElement()
                .extracting(GazetteerEntry::type).isEqualTo(type);
    }

    @Test
    void parsesTheTsvFormat() {
        Gazetteer g = Gazetteer.parse(new StringReader("""
                # comment line

                Acme Cloud\tORGANIZATION\tAcme|ACME Corp\t-\tcloud|hébergement
                Orange\torganization\t-\tcommon\t-
                Zoé Durand\tPERSON
                """));

        assertThat(g.size()).isEqualTo(3);
        GazetteerEntry acme = g.entries().get(0);
        assertThat(acme.aliases()).containsExactly("Acme Cloud", "Acme", "ACME Corp");
        assertThat(acme.context()).containsExactlyInAnyOrder("cloud", "hebergement");
        assertThat(acme.common()).isFalse();
        assertThat(g.entries().get(1).common()).isTrue();
        assertThat(g.entries().get(2).aliases()).containsExactly("Zoé Durand");
    }

    @Test
    void rejectsMalformedLinesWithTheirNumber() {
        assertThatThrownBy(() -> Gazetteer.parse(new StringReader("# c\nAcme\tCOMPANY\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Gazetteer.parse(new StringReader("Acme\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Gazetteer.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void episodeGazetteerAddsHostGuestsTheirOrganizationsAndDescriptionNames() {
        EpisodeMetadata metadata = new EpisodeMetadata("Show", "Title", LocalDate.of(2025, 1, 2), "Jeanne Martin",
                List.of(new Person("Xavier Niel", "fondateur", "Iliad"), new Person("Paul Durand", null, "Zorglub")),
                List.of(), "Ce soir, Jeanne Martin reçoit Inès Lefèvre, fondatrice de Quantix, et parle d'OpenAI.",
                "fr", 60);

        EpisodeGazetteer g = EpisodeGazetteer.of(Gazetteer.defaults(), metadata);

        assertThat(g.episodePersons()).extracting(GazetteerEntry::name)
                .containsExactlyInAnyOrder("Jeanne Martin", "Xavier Niel", "Paul Durand");
        assertThat(g.entries()).filteredOn(e -> e.name().equals("Zorglub")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(g.entries()).filteredOn(e -> e.name().equals("Inès Lefèvre")).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo(GazetteerEntry.Source.DESCRIPTION));
        assertThat(g.entries()).filteredOn(e -> e.name().equals("Quantix")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(g.entries()).filteredOn(e -> e.name().equals("Free")).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo(GazetteerEntry.Source.EPISODE));
        assertThat(g.entries()).filteredOn(e -> e.name().equals("OpenAI")).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo(GazetteerEntry.Source.BASE));
    }

    @Test
    void aWordOfAKnownNameInTheDescriptionIsNoNameOfItsOwn() {
        EpisodeMetadata metadata = new EpisodeMetadata("Hoy", null, LocalDate.of(2025, 10, 21), "Lucía Gómez",
                List.of(new Person("Ana Torres", "economista", "Universidad de Sevilla")), List.of(),
                "Lucía Gómez recibe a Ana Torres, economista de la Universidad de Sevilla, y habla de Quantix.", "es", 60);

        EpisodeGazetteer g = EpisodeGazetteer.of(Gazetteer.defaults(), metadata);

        assertThat(g.entries()).extracting(GazetteerEntry::name)
                .contains("Universidad de Sevilla", "Ana Torres", "Quantix").doesNotContain("Sevilla");
    }

    @Test
    void aDescriptionNameWithAnOrganisationWordIsAnOrganisation() {
        EpisodeMetadata metadata = new EpisodeMetadata("Hoy", null, null, null, List.of(), List.of(),
                "Hablamos del nuevo estadio del Real Betis con Marta Vidal, en Radio Nacional.", "es", 60);

        EpisodeGazetteer g = EpisodeGazetteer.of(Gazetteer.defaults(), metadata);

        assertThat(g.entries()).filteredOn(e -> e.source() == GazetteerEntry.Source.DESCRIPTION)
                .extracting(GazetteerEntry::name, GazetteerEntry::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Real Betis", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Radio Nacional", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Marta Vidal", EntityType.PERSON));
    }

    @Test
    void episodeGazetteerWithoutMetadataIsTheBaseList() {
        assertThat(EpisodeGazetteer.of(Gazetteer.defaults(), null).entries())
                .hasSize(Gazetteer.defaults().size());
        assertThatThrownBy(() -> EpisodeGazetteer.of(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
