package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.Person;
import org.junit.jupiter.api.Test;

/** A scraped page in Spanish, laid out as the French sample: metadata is read in the page's language. */
class OtherLanguagePageTest {

    @Test
    void aSpanishPageGivesItsMetadata() {
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.bytes("fixtures/page-es.txt"),
                new ParseHints(null, null, null, null, null, LocalDate.of(2025, 11, 4)));

        assertThat(parsed.format()).isEqualTo(TranscriptFormat.PAGE);
        assertThat(parsed.cues()).hasSize(42);
        assertThat(parsed.cues()).extracting(Cue::text)
                .noneMatch(t -> t.contains("Transcripción") || t.contains("Categoría") || t.contains("hace 2 semanas"));
        var m = parsed.metadata();
        assertThat(m.language()).isEqualTo("es");
        assertThat(m.show()).isEqualTo("Hoy en la Radio");
        assertThat(m.airDate()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(m.host()).isEqualTo("Lucía Gómez");
        assertThat(m.guests()).containsExactly(new Person("Pedro Ruiz", "director", "Renfe"),
                new Person("Ana Torres", "economista", "Universidad de Sevilla"));
        assertThat(m.announcedTopics()).containsExactly("el tren de alta velocidad Madrid-Lisboa",
                "la sequía en Andalucía", "el nuevo estadio del Real Betis");
    }
}
