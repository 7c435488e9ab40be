package media.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.Samples.EventCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link EventReader} says about input that is not a valid event. */
class EventReaderErrorsTest {
    private static final ObjectMapper MAPPER = PipelineJson.mapper();

    static Stream<Arguments> notJson() {
        return Samples.events().flatMap(e -> Stream.of(
                arguments(e, "{"),
                arguments(e, "{\"transcript\": }"),
                arguments(e, "{\"eventId\": \"e1\",}"),
                arguments(e, "not json at all"),
                arguments(e, "{'single': 'quotes'}"),
                arguments(e, "\u00ef\u00bb\u00bf{}")));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("notJson")
    void malformedJsonIsAnInvalidEventKeepingTheParserError(EventCase event, String json) {
        InvalidEventException e = catchThrowableOfType(InvalidEventException.class,
                () -> EventReader.of(event.type()).read(json));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(event.name() + ": ").hasSizeGreaterThan(event.name().length() + 10);
        assertThat(e.getCause()).isInstanceOf(JsonProcessingException.class);
    }

    static Stream<Arguments> emptyInputs() {
        return Samples.events().flatMap(e -> Stream.of(
                arguments(e, null, "empty record"),
                arguments(e, "", "empty record"),
                arguments(e, "   \n\t", "empty record"),
                arguments(e, "null", "JSON null"),
                arguments(e, "  null  ", "JSON null")));
    }

    @ParameterizedTest(name = "{0} <- \"{1}\"")
    @MethodSource("emptyInputs")
    void emptyInputAndJsonNullAreInvalidEvents(EventCase event, String json, String problem) {
        assertThatThrownBy(() -> EventReader.of(event.type()).read(json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage(event.name() + ": " + problem);
    }

    static Stream<Arguments> notAnObject() {
        return Samples.events().flatMap(e -> Stream.of(
                arguments(e, "[]"), arguments(e, "[{\"transcript\": \"x\"}]"), arguments(e, "42"), arguments(e, "true")));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("notAnObject")
    void jsonThatIsNotAnObjectIsAnInvalidEvent(EventCase event, String json) {
        assertThatThrownBy(() -> EventReader.of(event.type()).read(json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(event.name() + ": Cannot");
        assertThat(Schemas.validate(event.schemaFile(), json)).isNotEmpty();
    }

    /**
     * A value of the wrong type or out of range, set at a JSON pointer of the full sample: the reader's
     * message names the field and, when nested, where it is; the schema refuses it too.
     */
    static Stream<Arguments> badValues() {
        return Stream.of(
                arguments(TranscriptIngested.class, "/cues/0/start", "\"abc\"", "field 'start' in cues[0]: Cannot deserialize value of type `double` from String \"abc\""),
                arguments(TranscriptIngested.class, "/cues/1/end", "[1]", "field 'end' in cues[1]"),
                arguments(TranscriptIngested.class, "/cues/2/start", "-0.5", "field 'start' must be a finite number of seconds >= 0, was -0.5 in cues[2]"),
                arguments(TranscriptIngested.class, "/cues/1/end", "-3", "field 'end' must be a finite number of seconds >= 0, was -3.0 in cues[1]"),
                arguments(TranscriptIngested.class, "/cues/1/end", "4.0", "cue end 4.0 is before its start 4.2 in cues[1]"),
                arguments(TranscriptIngested.class, "/cues", "{}", "field 'cues': Cannot deserialize"),
                arguments(TranscriptIngested.class, "/cues", "[]", "field 'cues' must not be empty"),
                arguments(TranscriptIngested.class, "/cues", "[null]", "field 'cues' must not be empty"),
                arguments(TranscriptIngested.class, "/timesEstimated", "\"maybe\"", "field 'timesEstimated'"),
                arguments(TranscriptIngested.class, "/source/bytes", "-1", "field 'bytes' must be >= 0 in source"),
                arguments(TranscriptIngested.class, "/source/bytes", "\"lots\"", "field 'bytes' in source"),
                arguments(TranscriptIngested.class, "/chapterHints/0/start", "\"1:54\"", "field 'start' in chapterHints[0]"),
                arguments(TranscriptIngested.class, "/metadata/airDate", "\"21/10/2025\"", "field 'airDate' in metadata: Cannot deserialize value of type `java.time.LocalDate`"),
                arguments(TranscriptIngested.class, "/metadata/guests/1/name", "\" \"", "missing required field 'name' in metadata.guests[1]"),
                arguments(TranscriptIngested.class, "/metadata/durationSeconds", "-1", "field 'durationSeconds' must be a finite number of seconds >= 0, was -1.0 in metadata"),
                arguments(TranscriptIngested.class, "/occurredAt", "\"yesterday\"", "field 'occurredAt'"),
                arguments(EpisodeAnnounced.class, "/airDate", "\"2025-13-45\"", "field 'airDate': Cannot deserialize value of type `java.time.LocalDate` from String \"2025-13-45\""),
                arguments(EpisodeAnnounced.class, "/transcript", "{\"text\": \"x\"}", "field 'transcript'"),
                arguments(SegmentsEnriched.class, "/metadata", "\"Les Décodeurs\"", "field 'metadata'"),
                arguments(SegmentsEnriched.class, "/segments/0/sentences/1/start", "-1", "field 'start' must be a finite number of seconds >= 0, was -1.0 in segments[0].sentences[1]"),
                arguments(SegmentsEnriched.class, "/segments/1/entities/0/type", "\"EVENT\"", "field 'type' in segments[1].entities[0]: Cannot deserialize value of type `media.pipeline.contracts.EntityType` from String \"EVENT\""),
                arguments(SegmentsEnriched.class, "/segments/1/entities/0/type", "\"organization\"", "field 'type' in segments[1].entities[0]"),
                arguments(SegmentsEnriched.class, "/segments/1/entities/0/mentions", "-2", "field 'mentions' must be >= 0 in segments[1].entities[0]"),
                arguments(ChaptersPublished.class, "/revision", "0", "field 'revision' must be >= 1"),
                arguments(ChaptersPublished.class, "/revision", "\"one\"", "field 'revision': Cannot deserialize value of type `int`"),
                arguments(ChaptersPublished.class, "/publishedAt", "\"21 oct. 2025\"", "field 'publishedAt'"),
                arguments(ChaptersPublished.class, "/guests", "\"Karim Benali\"", "field 'guests'"),
                arguments(ChaptersPublished.class, "/chapters/1/start", "\"abc\"", "field 'start' in chapters[1]"),
                arguments(ChaptersPublished.class, "/chapters/0/headline", "\"\"", "missing required field 'headline' in chapters[0]"),
                arguments(ChaptersPublished.class, "/durationSeconds", "-1572", "field 'durationSeconds' must be a finite number of seconds >= 0"));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("badValues")
    void badValueIsRejectedWithAMessageNamingTheFieldAndWhereItIs(Class<?> type, String pointer, String value, String expected)
            throws Exception {
        EventCase event = Samples.event(type);
        ObjectNode json = MAPPER.valueToTree(event.full());
        set(json, pointer, MAPPER.readTree(value));

        assertThatThrownBy(() -> EventReader.of(type).read(json.toString()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(type.getSimpleName() + ": " + expected);
        if (!expected.startsWith("cue end")) { // end >= start compares two fields: JSON Schema cannot say it
            assertThat(Schemas.validate(event.schemaFile(), json)).as("schema errors").isNotEmpty();
        }
    }

    /**
     * Jackson's defaults make the reader more lenient than the schema, which is what producers must
     * follow. Pinned here so that a change of these defaults is noticed.
     */
    static Stream<Arguments> leniencies() {
        return Stream.of(
                arguments(TranscriptIngested.class, "/cues/0/start", "\"0.25\""),            // number as a string
                arguments(EpisodeAnnounced.class, "/airDate", "\"2025-10-21T09:00:00Z\""),  // date-time for a date
                arguments(SegmentsEnriched.class, "/segments/0/index", "0.9"),                 // float for an int (truncated)
                arguments(ChaptersPublished.class, "/publishedAt", "1761072127.123"),          // epoch seconds for an instant
                arguments(ChaptersPublished.class, "/title", "42"));                          // number for a string
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("leniencies")
    void readerAcceptsSomeCoercionsTheSchemaForbids(Class<?> type, String pointer, String value) throws Exception {
        EventCase event = Samples.event(type);
        ObjectNode json = MAPPER.valueToTree(event.full());
        set(json, pointer, MAPPER.readTree(value));

        assertThatCode(() -> EventReader.of(type).read(json.toString())).doesNotThrowAnyException();
        assertThat(Schemas.validate(event.schemaFile(), json)).as("schema errors").isNotEmpty();
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    @Test
    void trailingGarbageAfterTheJsonValueIsRejected() {
        assertThatThrownBy(() -> EventReader.of(EpisodeAnnounced.class).read("{\"transcript\":\"x\"} }garbage"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("EpisodeAnnounced: ");
    }

    @Test
    void topLevelRequiredFieldMessageIsExactlyTheDocumentedOne() {
        assertThatThrownBy(() -> EventReader.of(EpisodeAnnounced.class).read("{\"show\": \"Les Décodeurs\"}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("EpisodeAnnounced: missing required field 'transcript'");
        assertThatThrownBy(() -> EventReader.of(ChaptersPublished.class)
                .read("{\"episodeId\": \"ep\", \"durationSeconds\": 1, \"publishedAt\": \"2025-10-21T18:42:07Z\"}"))
                .hasMessage("ChaptersPublished: missing required field 'revision'");
    }

    @Test
    void cueMayHaveZeroLengthButNotEndBeforeStart() {
        assertThatCode(() -> new Cue(15.5, 15.5, null, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Cue(15.5, 15.4, null, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cue end 15.4 is before its start 15.5");
    }

    @Test
    void nonFiniteTimesAreRefusedWhenBuildingAnEvent() {
        for (double bad : List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.001)) {
            assertThatThrownBy(() -> new Cue(bad, 10, null, "x")).hasMessageContaining("'start'");
            assertThatThrownBy(() -> new ChapterHint(bad, "x")).hasMessageContaining("'start'");
            assertThatThrownBy(() -> new ChaptersPublished(null, "ep", 1, null, null, null, null, bad, null, null, null,
                    Samples.OCCURRED_AT)).hasMessageContaining("'durationSeconds'");
        }
    }

    @Test
    void readerNeedsAMapperAndAType() {
        assertThatThrownBy(() -> new EventReader<>(null, Cue.class)).hasMessage("missing required field 'mapper'");
        assertThatThrownBy(() -> new EventReader<>(MAPPER, null)).hasMessage("missing required field 'type'");
    }
}
