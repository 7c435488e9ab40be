package media.pipeline.runtime.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import media.pipeline.contracts.PipelineJson;

/** Gives Quarkus's ObjectMapper the pipeline's one Jackson configuration. */
@Singleton
final class PipelineObjectMapperCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        PipelineJson.configure(mapper);
    }
}
