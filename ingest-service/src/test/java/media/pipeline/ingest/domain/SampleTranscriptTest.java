package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real scraped page in {@code samples/}: a French business-tech show. */
class SampleTranscriptTest {
    private static final String SAMPLE = "samples/tech-co-2025-10-21-dailymotion.txt";
    private static ParsedTranscript parsed;

    @BeforeAll
    static void parseSample() {
        parsed = Fixtures.PARSER.parse(Fixtures.bytes(SAMPLE),
                new ParseHints(null, null, null, null, null, LocalDate.of(2026, 1, 21)));
    }

    @Test
    void detectsAPage() {
        assertThat(parsed.format()).isEqualTo(TranscriptFormat.PAGE);
        assertThat(parsed.timesEstimated()).isFalse();
    }

    @Test
    void readsEveryCueLine() {
        assertThat(parsed.cues()).hasSize(1433);
        assertThat(parsed.cues().get(0).start()).isEqualTo(1.0);
        assertThat(parsed.cues().get(0).text()).isEqualTo("Tech & Co, la quotidienne, le débrief de la tech.");
        Cue last = parsed.cues().get(parsed.cues().size() - 1);
        assertThat(last.start()).isEqualTo(1572.0);
        assertThat(last.text()).isEqualTo("évidemment sur YouTube.");
        assertThat(last.end()).isGreaterThanOrEqualTo(last.start() + 1.0);
        assertThat(parsed.metadata().durationSeconds()).isEqualTo(last.end());
    }

    @Test
    void cuesAreOrderedAndDoNotOverlap() {
        for (int i = 1; i < parsed.cues().size(); i++) {
            Cue previous = parsed.cues().get(i - 1);
            Cue cue = parsed.cues().get(i);
            assertThat(cue.start()).as("start of cue %d", i + 1).isGreaterThanOrEqualTo(previous.start());
            assertThat(previous.end()).as("end of cue %d", i).isLessThanOrEqualTo(cue.start());
        }
    }

    @Test
    void noCommentsOrHeaderLeakIntoCues() {
        assertThat(parsed.cues()).extracting(Cue::text)
                .noneMatch(t -> t.contains("Commentaires") || t.contains("Transcription") || t.contains("Catégorie"));
    }

    @Test
    void extractsHostAndGuests() {
        assertThat(parsed.metadata().host()).isEqualTo("Frédéric Simottel");
        assertThat(parsed.metadata().guests()).containsExactly(
                new Person("Salime Nassur", "fondateur", "Maars"),
                new Person("Clément David", "président", "Theodo Cloud"),
                new Person("Frédéric Krebs", "directeur de développement", "Palico"));
    }

    @Test
    void extractsThreeAnnouncedTopics() {
        assertThat(parsed.metadata().announcedTopics()).containsExactly(
                "le \"grand retour\" d'Octave Klaba, le fondateur d'OVHcloud",
                "le problème de DNS",
                "OpenAI qui veut détrôner Google");
    }

    @Test
    void extractsAirDateShowAndLanguage() {
        assertThat(parsed.metadata().airDate()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(parsed.metadata().show()).isEqualTo("Tech & Co");
        assertThat(parsed.metadata().language()).isEqualTo("fr");
        assertThat(parsed.metadata().description()).startsWith("Ce mardi 21 octobre, Frédéric Simottel a reçu");
    }

    @Test
    void fingerprintsTheRawBytes() {
        assertThat(parsed.byteCount()).isEqualTo(Fixtures.bytes(SAMPLE).length);
        assertThat(parsed.sha256()).matches("[0-9a-f]{64}");
    }
}
