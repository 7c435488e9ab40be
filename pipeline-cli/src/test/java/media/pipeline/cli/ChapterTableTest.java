package media.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChapterTableTest {

    @ParameterizedTest
    @CsvSource({"0, 00:00", "59.4, 00:59", "59.6, 01:00", "1572, 26:12", "3600, 1:00:00", "3725, 1:02:05", "-3, 00:00"})
    void clock(double seconds, String expected) {
        assertThat(ChapterTable.clock(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"a.vtt, text/vtt", "b.SRT, application/x-subrip", "c.json, application/json", "d.txt, text/plain; charset=utf-8",
            "noext, text/plain; charset=utf-8"})
    void contentTypeByExtension(String file, String expected) {
        assertThat(IngestCommand.contentType(Path.of(file))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"30, 30", "' 7 ', 7", "0, 1", "-4, 1", "3600, 60", "'Fri, 27 Nov 2026 04:00:00 GMT', 5", "NULL, 5", "'', 5"},
            nullValues = "NULL")
    void busyRetryWaitsAsAskedWithinBounds(String header, long expectedSeconds) {
        assertThat(IngestCommand.retryAfter(header)).hasSeconds(expectedSeconds);
    }

    @ParameterizedTest
    @CsvSource(value = {
            "413, '{\"type\":\"urn:problem:too-large\",\"title\":\"Transcript rejected: too-large\",\"detail\":\"too big\"}', "
                    + "'rejected (413 Transcript rejected: too-large): too big'",
            "413, '', 'rejected (413): the file is larger than ingest-service accepts'",
            "502, '<html>Bad gateway</html>', 'rejected (502): ingest-service answered without details; see bin/pipeline logs ingest'",
            "401, NULL, 'rejected (401): not authorised (set PIPELINE_API_KEY or --api-key)'"}, nullValues = "NULL")
    void aRefusalIsExplainedEvenWithoutAProblemBody(int status, String body, String expected) {
        assertThat(IngestCommand.rejection(status, body)).isEqualTo(expected);
    }

    @Test
    void rendersHeaderChaptersEntitiesAndKeywords() {
        ChaptersPublished p = new ChaptersPublished("e", "ep-1", 2, "Tech & Co", null, LocalDate.of(2025, 10, 21), "fr", 1572,
                Person.named("Frédéric Simottel"), List.of(new Person("Clément David", "président", "Theodo Cloud")),
                List.of(new Chapter(0, 0, 171, "Introduction", "au programme", "Bonsoir.", List.of("cloud"),
                        List.of(new EntityMention("OVHcloud", EntityType.ORGANIZATION, 2, List.of("OVH Cloud"))), List.of()),
                        new Chapter(1, 171, 1572, "OVHcloud : retour d'Octave Klaba", "retour", "", List.of(), List.of(), List.of())),
                Instant.parse("2026-01-01T00:00:00Z"));
        String table = new ChapterTable().render(p);
        assertThat(table).startsWith("Tech & Co · 2025-10-21 · fr · 26:12 · revision 2\n")
                .contains("host: Frédéric Simottel")
                .contains("guests: Clément David (Theodo Cloud)")
                .contains(" 1  00:00-02:51  Introduction")
                .contains("entities: OVHcloud [organization]")
                .contains(" 2  02:51-26:12  OVHcloud : retour d'Octave Klaba");
    }
}
