package media.pipeline.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Loads the published JSON Schemas from the classpath and validates JSON against them. */
final class Schemas {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID_BASE = "https://media.pipeline/schemas/";

    private static final ObjectMapper MAPPER = PipelineJson.mapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Formats (date, date-time) are asserted, as a strict consumer would. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> VALIDATORS = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema file as a JSON tree, e.g. {@code json("episode-announced.v1.schema.json")}. */
    static JsonNode json(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath: schemas/" + file);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(String file, JsonNode instance) {
        return VALIDATORS.computeIfAbsent(file, f -> FACTORY.getSchema(json(f), CONFIG)).validate(instance);
    }

    static Set<ValidationMessage> validate(String file, String instance) {
        try {
            return validate(file, MAPPER.readTree(instance));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of a schema file against the draft 2020-12 meta-schema. */
    static Set<ValidationMessage> validateAgainstMetaSchema(String file) {
        return FACTORY.getSchema(SchemaLocation.of(DIALECT), CONFIG).validate(json(file));
    }

    static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }

    /**
     * The object schema a (sub)schema stands for: follows a local {@code $ref}, and for a nullable
     * object ({@code anyOf: [{$ref}, {type: null}]}) the branch with the {@code $ref}.
     */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local references are expected, not " + ref);
            }
            return resolve(root, root.at(ref.substring(1)));
        }
        if (schema.has("anyOf")) {
            for (JsonNode branch : schema.get("anyOf")) {
                if (branch.has("$ref")) {
                    return resolve(root, branch);
                }
            }
        }
        return schema;
    }

    /** The JSON types a (resolved) schema allows, e.g. {@code [string, null]}. */
    static Set<String> types(JsonNode root, JsonNode schema) {
        Set<String> types = new HashSet<>();
        if (schema.has("anyOf")) {
            schema.get("anyOf").forEach(branch -> types.addAll(types(root, branch)));
            return types;
        }
        JsonNode resolved = resolve(root, schema);
        JsonNode type = resolved.get("type");
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    /** Every object schema in the file: the root and each {@code $defs} entry with properties. */
    static List<JsonNode> objectSchemas(JsonNode root) {
        List<JsonNode> objects = new ArrayList<>();
        objects.add(root);
        if (root.has("$defs")) {
            root.get("$defs").forEach(def -> {
                if (def.has("properties")) {
                    objects.add(def);
                }
            });
        }
        return objects;
    }

    /** One field of an object somewhere in an event: where the object is, and what the schema says of the field. */
    record Field(Samples.EventCase event, String objectPointer, String name, boolean required, JsonNode schema) {
        String pointer() {
            return objectPointer + "/" + name;
        }

        @Override
        public String toString() {
            return event.name() + " " + pointer() + (required ? " (required)" : " (optional)");
        }
    }

    /**
     * Walks the JSON of an event alongside its schema and lists every property of every object
     * reached (the first element of each array is visited), so that the full sample covers the schema.
     */
    static List<Field> fields(Samples.EventCase event) {
        JsonNode root = json(event.schemaFile());
        JsonNode instance = MAPPER.valueToTree(event.full());
        List<Field> fields = new ArrayList<>();
        walk(event, root, root, instance, "", fields);
        return fields;
    }

    private static void walk(Samples.EventCase event, JsonNode root, JsonNode schema, JsonNode instance,
                             String pointer, List<Field> fields) {
        JsonNode object = resolve(root, schema);
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        object.path("properties").fields().forEachRemaining(p -> {
            String name = p.getKey();
            JsonNode propertySchema = resolve(root, p.getValue());
            fields.add(new Field(event, pointer, name, required.contains(name), propertySchema));
            JsonNode value = instance.get(name);
            if (value != null && value.isObject()) {
                walk(event, root, propertySchema, value, pointer + "/" + name, fields);
            } else if (value != null && value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                walk(event, root, propertySchema.get("items"), value.get(0), pointer + "/" + name + "/0", fields);
            }
        });
    }

    /** A deep copy of the event's JSON with {@code field} replaced (or removed when value is absent). */
    static ObjectNode with(JsonNode eventJson, Field field, JsonNode value) {
        ObjectNode copy = eventJson.deepCopy();
        ObjectNode parent = field.objectPointer().isEmpty() ? copy : (ObjectNode) copy.at(field.objectPointer());
        if (value == null) {
            parent.remove(field.name());
        } else {
            parent.set(field.name(), value);
        }
        return copy;
    }

    /** Adds {@code name: value} to every object of the tree (for unknown-field tolerance). */
    static JsonNode addEverywhere(JsonNode node, String name, JsonNode value) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> addEverywhere(object.get(n), name, value));
            object.set(name, value.deepCopy());
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> addEverywhere(element, name, value));
        }
        return node;
    }
}
