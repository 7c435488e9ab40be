package media.pipeline.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration of the pipeline's events: ISO dates, unknown fields ignored
 * (additive evolution), missing primitives and trailing garbage after the JSON value rejected.
 */
public final class PipelineJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private PipelineJson() {
    }

    /** Applies the pipeline's settings to a mapper (for frameworks that own the mapper). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A shared, thread-safe mapper configured as above. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
