package media.pipeline.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Reads an event from JSON and turns every failure into an {@link InvalidEventException} whose
 * message says what is wrong, fit for a dead-letter reason or a problem detail.
 */
public final class EventReader<T> {
    private final ObjectMapper mapper;
    private final Class<T> type;

    public EventReader(ObjectMapper mapper, Class<T> type) {
        this.mapper = Require.present(mapper, "mapper");
        this.type = Require.present(type, "type");
    }

    public static <T> EventReader<T> of(Class<T> type) {
        return new EventReader<>(PipelineJson.mapper(), type);
    }

    public T read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException(type.getSimpleName() + ": empty record");
        }
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new InvalidEventException(type.getSimpleName() + ": JSON null");
            }
            return value;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidEventException(type.getSimpleName() + ": " + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
