package media.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import media.pipeline.contracts.Samples.EventCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written payloads, as an outside producer (or the interface spec) writes them: the schema and the reader agree. */
class ExamplePayloadsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("media.pipeline.contracts.Samples#events")
    void handWrittenExampleValidatesAndReads(EventCase event) throws IOException {
        String json = example(event);

        var errors = Schemas.validate(event.schemaFile(), json);
        assertThat(errors).as(Schemas.describe(errors)).isEmpty();
        Object read = EventReader.of(event.type()).read(json);
        assertThat(read).isInstanceOf(event.type());
        assertThat(EventReader.of(event.type()).read(PipelineJson.mapper().writeValueAsString(read))).isEqualTo(read);
    }

    @Test
    void broadcastAutomationAnnouncementWithoutIdOrFormat() throws IOException {
        EpisodeAnnounced read = EventReader.of(EpisodeAnnounced.class).read(example(Samples.event(EpisodeAnnounced.class)));

        assertThat(read.episodeId()).isNull();
        assertThat(read.format()).isEqualTo("auto");
        assertThat(read.airDate()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(read.transcript()).startsWith("Élodie Marchand : Bonjour").endsWith("\n");
    }

    @Test
    void chaptersExampleOfTheInterfaceSpec() throws IOException {
        ChaptersPublished read = EventReader.of(ChaptersPublished.class).read(example(Samples.event(ChaptersPublished.class)));

        assertThat(read.eventId()).isNull();
        assertThat(read.host()).isEqualTo(Person.named("Élodie Marchand"));
        assertThat(read.chapters()).singleElement().satisfies(c -> {
            assertThat(c.entities()).singleElement().isEqualTo(Samples.OVH);
            assertThat(c.end()).isEqualTo(114.0);
        });
    }

    private static String example(EventCase event) throws IOException {
        String file = "/examples/" + event.schemaFile().replace(".v1.schema.json", ".json");
        try (InputStream in = ExamplePayloadsTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
