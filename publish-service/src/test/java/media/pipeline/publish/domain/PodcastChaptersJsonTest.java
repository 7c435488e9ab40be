package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import media.pipeline.contracts.ChaptersPublished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PodcastChaptersJsonTest {
    private final PodcastChaptersJson json = new PodcastChaptersJson();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode read(ChaptersPublished p) throws Exception {
        return mapper.readTree(json.write(p));
    }

    @Test
    void documentFollowsPodcastingTwoPointZero() throws Exception {
        JsonNode root = read(Chapters.of(600, 95, 300.25, "OVHcloud : retour", 0, 95, "Introduction", 300.25, 0, "Fin"));
        assertThat(root.get("version").asText()).isEqualTo("1.2.0");
        assertThat(root.get("title").asText()).isEqualTo("Épisode 1");
        assertThat(root.get("podcastName").asText()).isEqualTo("Tech Hebdo");
        JsonNode chapters = root.get("chapters");
        assertThat(chapters.isArray()).isTrue();
        assertThat(chapters).hasSize(3);
        assertThat(chapters.get(0).get("startTime").isIntegralNumber()).isTrue();
        assertThat(chapters.get(0).get("startTime").asLong()).isZero();
        assertThat(chapters.get(0).get("endTime").asLong()).isEqualTo(95);
        assertThat(chapters.get(1).get("endTime").asDouble()).isEqualTo(300.25);
        assertThat(chapters.get(2).get("endTime").asLong()).as("unknown end: the duration").isEqualTo(600);
        assertThat(chapters.findValuesAsText("title")).containsExactly("Introduction", "OVHcloud : retour", "Fin");
        for (int i = 1; i < chapters.size(); i++) {
            assertThat(chapters.get(i).get("startTime").asDouble()).isGreaterThan(chapters.get(i - 1).get("startTime").asDouble());
        }
        chapters.forEach(c -> assertThat(c.fieldNames()).toIterable().containsExactly("startTime", "endTime", "title"));
    }

    @Test
    void unknownLastEndIsLeftOut() throws Exception {
        JsonNode chapters = read(Chapters.of(0, 0, 30, "A", 30, 0, "B")).get("chapters");
        assertThat(chapters).hasSize(2);
        assertThat(chapters.get(1).has("endTime")).isFalse();
        assertThat(chapters.get(1).get("startTime").asLong()).isEqualTo(30);
    }

    @ParameterizedTest(name = "title ''{0}'' round-trips")
    @CsvSource(delimiter = '|', textBlock = """
            Guillemets "doubles" et \\ barre
            <script>alert('x')</script>
            Zoé Müller 🤖 日本語
            A --> B & C
            """)
    void titlesRoundTrip(String title) throws Exception {
        JsonNode root = read(Chapters.of(10, 0, 10, title));
        assertThat(root.get("chapters").get(0).get("title").asText()).isEqualTo(title);
    }

    @Test
    void unknownEpisodeFieldsAreLeftOutAndEmptySetIsValid() throws Exception {
        ChaptersPublished p = new ChaptersPublished("e", "ep", 1, null, " ", null, null, 0, null, List.of(), List.of(),
                Instant.EPOCH);
        JsonNode root = read(p);
        assertThat(root.has("title")).isFalse();
        assertThat(root.has("podcastName")).isFalse();
        assertThat(root.get("chapters")).isEmpty();
        assertThat(json.write(p)).isEqualTo("{\"version\":\"1.2.0\",\"chapters\":[]}");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "95,95", "95.25,95.25", "95.0004,95", "0.0005,0.001", "3725.1234,3725.123"})
    void secondsAreRoundedToTheMillisecond(double in, String expected) {
        assertThat(PodcastChaptersJson.seconds(in).toString()).isEqualTo(expected);
    }
}
