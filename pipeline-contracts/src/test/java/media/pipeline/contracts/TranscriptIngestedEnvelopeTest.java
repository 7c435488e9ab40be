package media.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TranscriptIngested.Envelope}: the event read without its transcript. */
class TranscriptIngestedEnvelopeTest {
    private static final ObjectMapper MAPPER = PipelineJson.mapper();
    private static final EventReader<TranscriptIngested.Envelope> READER =
            EventReader.of(TranscriptIngested.Envelope.class);

    static Stream<TranscriptIngested> events() {
        return Stream.of(Samples.TRANSCRIPT_INGESTED, Samples.MINIMAL_TRANSCRIPT_INGESTED);
    }

    @ParameterizedTest
    @MethodSource("events")
    void readsTheSameEpisodeFieldsAsTheWholeEvent(TranscriptIngested event) throws Exception {
        String json = MAPPER.writeValueAsString(event);

        TranscriptIngested.Envelope envelope = READER.read(json);

        assertThat(envelope.eventId()).isEqualTo(event.eventId());
        assertThat(envelope.episodeId()).isEqualTo(event.episodeId());
        assertThat(envelope.metadata()).isEqualTo(event.metadata());
        assertThat(envelope.occurredAt()).isEqualTo(event.occurredAt());
    }

    @Test
    void fieldsAddedToALaterVersionOfTheEventAreSkipped() throws Exception {
        ObjectNode node = MAPPER.valueToTree(Samples.TRANSCRIPT_INGESTED);
        node.putObject("futureField").putArray("nested").add(1).add("é");

        assertThat(READER.read(MAPPER.writeValueAsString(node)).episodeId())
                .isEqualTo(Samples.TRANSCRIPT_INGESTED.episodeId());
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"eventId", "episodeId", "metadata"})
    void aMissingEpisodeFieldIsAnInvalidEventNamingIt(String field) throws Exception {
        ObjectNode node = MAPPER.valueToTree(Samples.TRANSCRIPT_INGESTED);
        node.remove(field);

        assertThatThrownBy(() -> READER.read(MAPPER.writeValueAsString(node)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("TranscriptIngested.Envelope: ")
                .hasMessageContaining("missing required field '" + field + "'");
    }

    @Test
    void malformedJsonIsAnInvalidEvent() {
        assertThatThrownBy(() -> READER.read("{\"episodeId\": \"ep-1\", \"cues\": ["))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("TranscriptIngested.Envelope: ");
    }
}
