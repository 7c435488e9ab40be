package media.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import media.pipeline.contracts.Samples.EventCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event: JSON round trip, its schema, and that record and schema cannot drift apart. */
class EventContractTest {
    private static final ObjectMapper MAPPER = PipelineJson.mapper();

    static Stream<Arguments> instances() {
        return Samples.events().flatMap(e -> Stream.of(
                Arguments.of(e, "full", e.full()),
                Arguments.of(e, "minimal", e.minimal())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("instances")
    void roundTripsThroughJsonToAnEqualRecord(EventCase event, String variant, Object instance) throws Exception {
        String json = MAPPER.writeValueAsString(instance);

        assertThat(EventReader.of(event.type()).read(json)).isEqualTo(instance);
        // Kafka carries bytes: UTF-8 in and out must give the same record
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(instance), event.type())).isEqualTo(instance);
        // and writing again gives the same JSON (stable, no lossy field)
        assertThat(MAPPER.writeValueAsString(EventReader.of(event.type()).read(json))).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("instances")
    void serialisedEventValidatesAgainstItsSchema(EventCase event, String variant, Object instance) throws Exception {
        var errors = Schemas.validate(event.schemaFile(), MAPPER.writeValueAsString(instance));

        assertThat(errors).as(Schemas.describe(errors)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("media.pipeline.contracts.Samples#events")
    void schemaIsAValidDraft202012SchemaWithIdTitleAndDescription(EventCase event) {
        JsonNode schema = Schemas.json(event.schemaFile());

        var errors = Schemas.validateAgainstMetaSchema(event.schemaFile());
        assertThat(errors).as(Schemas.describe(errors)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(Schemas.DIALECT);
        assertThat(schema.path("$id").asText()).isEqualTo(Schemas.ID_BASE + event.schemaFile());
        assertThat(schema.path("title").asText()).isEqualTo(event.name());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        for (JsonNode object : Schemas.objectSchemas(schema)) {
            String title = object.path("title").asText();
            assertThat(title).as("title of an object schema in %s", event.schemaFile()).isNotBlank();
            assertThat(object.path("description").asText()).as("description of %s", title).isNotBlank();
            // additive evolution: a newer producer may add fields anywhere
            assertThat(object.path("additionalProperties").asBoolean(false)).as("additionalProperties of %s", title).isTrue();
            object.path("required").forEach(r ->
                    assertThat(object.path("properties").has(r.asText())).as("%s requires a declared property", title).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("media.pipeline.contracts.Samples#events")
    void everyRecordComponentIsInTheSchemaWithAMatchingType(EventCase event) {
        JsonNode root = Schemas.json(event.schemaFile());

        List<String> problems = new ArrayList<>();
        compare(event.type(), root, root, new HashSet<>(), problems);

        assertThat(problems).as("record %s vs %s", event.name(), event.schemaFile()).isEmpty();
    }

    /** Checks properties == record components, and each component's JSON type, recursively. */
    private static void compare(Class<?> record, JsonNode root, JsonNode schema, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(record)) {
            return;
        }
        JsonNode object = Schemas.resolve(root, schema);
        JsonNode properties = object.path("properties");
        Set<String> declared = new HashSet<>();
        properties.fieldNames().forEachRemaining(declared::add);
        Set<String> components = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
        }
        if (!declared.equals(components)) {
            problems.add(record.getSimpleName() + ": schema properties " + declared + " != record components " + components);
        }
        if (!object.path("title").asText().equals(record.getSimpleName())) {
            problems.add(record.getSimpleName() + ": schema title is '" + object.path("title").asText() + "'");
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = properties.get(component.getName());
            if (property != null) {
                compareType(record.getSimpleName() + "." + component.getName(), component.getGenericType(),
                        root, property, seen, problems);
            }
        }
    }

    private static void compareType(String where, Type type, JsonNode root, JsonNode property,
                                    Set<Class<?>> seen, List<String> problems) {
        Set<String> types = Schemas.types(root, property);
        JsonNode resolved = Schemas.resolve(root, property);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String expected;
        if (raw == double.class) {
            expected = "number";
        } else if (raw == int.class || raw == long.class) {
            expected = "integer";
        } else if (raw == boolean.class) {
            expected = "boolean";
        } else if (raw == String.class || raw.isEnum() || raw == LocalDate.class || raw == Instant.class) {
            expected = "string";
        } else if (raw == List.class) {
            expected = "array";
        } else if (raw.isRecord()) {
            expected = "object";
        } else {
            problems.add(where + ": unexpected Java type " + type);
            return;
        }
        if (!types.contains(expected)) {
            problems.add(where + ": schema types " + types + " lack " + expected);
        }
        if (raw.isPrimitive() && types.contains("null")) {
            problems.add(where + ": a primitive cannot be null, the reader rejects it");
        }
        if (raw == LocalDate.class && !"date".equals(resolved.path("format").asText())) {
            problems.add(where + ": a LocalDate needs format: date");
        }
        if (raw == Instant.class && !"date-time".equals(resolved.path("format").asText())) {
            problems.add(where + ": an Instant needs format: date-time");
        }
        if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> allowed = new ArrayList<>();
            resolved.path("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.equals(constants)) {
                problems.add(where + ": schema enum " + allowed + " != " + constants);
            }
        }
        if (raw.isRecord()) {
            compare(raw, root, property, seen, problems);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            compareType(where + "[]", element, root, resolved.path("items"), seen, problems);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("media.pipeline.contracts.Samples#events")
    void fullSampleSetsEveryFieldSoThatFieldTestsCoverTheWholeSchema(EventCase event) {
        JsonNode json = MAPPER.valueToTree(event.full());
        List<String> unset = new ArrayList<>();
        findUnset(json, "", unset);
        assertThat(unset).as("null or empty in the full %s sample", event.name()).isEmpty();

        Set<String> titlesReached = new HashSet<>();
        JsonNode root = Schemas.json(event.schemaFile());
        for (Schemas.Field field : Schemas.fields(event)) {
            if (field.schema().has("title")) {
                titlesReached.add(field.schema().get("title").asText());
            }
            if (field.schema().has("items") && Schemas.resolve(root, field.schema().get("items")).has("title")) {
                titlesReached.add(Schemas.resolve(root, field.schema().get("items")).get("title").asText());
            }
        }
        for (JsonNode def : root.path("$defs")) {
            if (def.has("properties")) {
                assertThat(titlesReached).as("the full sample reaches every object of the schema").contains(def.get("title").asText());
            }
        }
    }

    private static void findUnset(JsonNode node, String pointer, List<String> unset) {
        if (node.isNull() || (node.isArray() && node.isEmpty())) {
            unset.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> findUnset(f.getValue(), pointer + "/" + f.getKey(), unset));
        } else if (node.isArray() && !node.isEmpty()) {
            // the field walk visits the first element of each array; later ones may show null/empty on purpose
            findUnset(node.get(0), pointer + "/0", unset);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("media.pipeline.contracts.Samples#events")
    void unknownFieldsAtTheTopAndInNestedObjectsAreIgnored(EventCase event) throws Exception {
        ObjectNode json = MAPPER.valueToTree(event.full());
        json.put("schemaVersion", 2);
        ObjectNode future = JsonNodeFactory.instance.objectNode();
        future.put("confidence", 0.93).putArray("alternatives").add("Au VH Cloud").addObject().put("deep", true);
        Schemas.addEverywhere(json, "x-future", future);
        Schemas.addEverywhere(json, "addedInV1_1", JsonNodeFactory.instance.textNode("ignored"));
        String withExtras = MAPPER.writeValueAsString(json);
        assertThat(withExtras).contains("\"schemaVersion\":2", "x-future");

        assertThat(EventReader.of(event.type()).read(withExtras)).isEqualTo(event.full());
        var errors = Schemas.validate(event.schemaFile(), json);
        assertThat(errors).as(Schemas.describe(errors)).isEmpty();
    }

    @Test
    void definitionsSharedBySeveralSchemasAreIdentical() {
        Map<String, JsonNode> firstSeen = new HashMap<>();
        Map<String, String> seenIn = new HashMap<>();
        int shared = 0;
        for (EventCase event : Samples.EVENTS) {
            var defs = Schemas.json(event.schemaFile()).path("$defs").fields();
            while (defs.hasNext()) {
                var def = defs.next();
                JsonNode earlier = firstSeen.putIfAbsent(def.getKey(), def.getValue());
                if (earlier != null) {
                    shared++;
                    assertThat(def.getValue())
                            .as("$defs/%s in %s and in %s", def.getKey(), event.schemaFile(), seenIn.get(def.getKey()))
                            .isEqualTo(earlier);
                } else {
                    seenIn.put(def.getKey(), event.schemaFile());
                }
            }
        }
        assertThat(shared).as("person, episodeMetadata, entityMention, entityType are shared").isGreaterThanOrEqualTo(4);
    }
}
