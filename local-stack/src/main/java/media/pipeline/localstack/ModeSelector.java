package media.pipeline.localstack;

import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/** Chooses embedded or container mode: asks Docker only when the mode is {@code auto}. */
final class ModeSelector {
    private static final Logger LOG = Logger.getLogger(ModeSelector.class);

    private ModeSelector() {
    }

    static LocalStack.Mode select(String mode) {
        switch (mode) {
            case "embedded":
                return LocalStack.Mode.EMBEDDED;
            case "containers":
                return LocalStack.Mode.CONTAINERS;
            default:
                boolean docker;
                try {
                    docker = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | LinkageError e) {
                    docker = false;
                }
                LOG.infof("local-stack: Docker %s, using %s mode", docker ? "available" : "not available",
                        docker ? "containers" : "embedded");
                return docker ? LocalStack.Mode.CONTAINERS : LocalStack.Mode.EMBEDDED;
        }
    }
}
