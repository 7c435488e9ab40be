package media.pipeline.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;

/**
 * Reads an event from JSON and turns every failure into an {@link InvalidEventException} whose
 * message says what is wrong, fit for a dead-letter reason or a problem detail. The message names
 * the field at fault and, for a nested object, where it is ({@code in cues[3]}).
 */
public final class EventReader<T> {
    /** Jackson's message for a missing or null primitive (FAIL_ON_NULL_FOR_PRIMITIVES). */
    private static final String NULL_PRIMITIVE = "Cannot map `null` into type";

    private final ObjectMapper mapper;
    private final Class<T> type;
    private final String name;

    public EventReader(ObjectMapper mapper, Class<T> type) {
        this.mapper = Require.present(mapper, "mapper");
        this.type = Require.present(type, "type");
        Class<?> outer = type.getEnclosingClass();
        this.name = outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }

    public static <T> EventReader<T> of(Class<T> type) {
        return new EventReader<>(PipelineJson.mapper(), type);
    }

    public T read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException(name + ": empty record");
        }
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new InvalidEventException(name + ": JSON null");
            }
            return value;
        } catch (ValueInstantiationException e) {
            // a record constructor refused the values: its message names the field; the path says which object
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw invalid(cause.getMessage() + in(e.getPath()), e);
        } catch (JsonMappingException e) {
            List<JsonMappingException.Reference> path = e.getPath();
            String field = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
            if (field == null) {
                throw invalid(e.getOriginalMessage() + in(path), e);
            }
            List<JsonMappingException.Reference> parent = path.subList(0, path.size() - 1);
            String problem = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(NULL_PRIMITIVE)
                    ? "missing required field '" + field + "'" + in(parent)
                    : "field '" + field + "'" + in(parent) + ": " + e.getOriginalMessage();
            throw invalid(problem, e);
        } catch (JsonProcessingException e) {
            throw invalid(e.getOriginalMessage(), e);
        }
    }

    private InvalidEventException invalid(String problem, Throwable cause) {
        return new InvalidEventException(name + ": " + problem, cause);
    }

    /** " in cues[3].sentences[0]" for a nested location, "" at the top level. */
    private static String in(List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                where.append('[').append(ref.getIndex()).append(']');
            }
        }
        return where.isEmpty() ? "" : " in " + where;
    }
}
