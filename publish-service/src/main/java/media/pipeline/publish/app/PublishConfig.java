package media.pipeline.publish.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** publish-service settings ({@code publish.*}). */
@ConfigMapping(prefix = "publish")
public interface PublishConfig {
    /** Which summarizer writes headlines and summaries: {@code extractive} (built in). */
    @WithDefault("extractive")
    String summarizer();
}
