package media.pipeline.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} the real broker and database: one stack per test JVM, shared by every
 * test class, stopped when the JVM exits (and cleaned by the next run if the JVM was killed).
 */
public final class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedLocalStack.get().quarkusConfig();
    }

    @Override
    public void stop() {
        // shared across test classes; stopped by the JVM shutdown hook
    }
}
