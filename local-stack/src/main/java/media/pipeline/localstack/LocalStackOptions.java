package media.pipeline.localstack;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How to start the local stack.
 *
 * @param mode          {@code auto}: Testcontainers when Docker is available, else embedded;
 *                      {@code embedded} or {@code containers} to force one
 * @param baseDirectory where runs keep their data and logs, and where stale runs are cleaned
 * @param kafkaPort     0 to pick a free port
 * @param postgresPort  0 to pick a free port
 * @param keepData      keep the run directory on close (for debugging)
 */
public record LocalStackOptions(String mode, Path baseDirectory, int kafkaPort, int postgresPort, boolean keepData) {

    public static final String ENV_MODE = "PIPELINE_STACK_MODE";
    public static final String ENV_DIR = "PIPELINE_STACK_DIR";

    public LocalStackOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        mode = mode == null || mode.isBlank() ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("auto") && !mode.equals("embedded") && !mode.equals("containers")) {
            throw new IllegalArgumentException(ENV_MODE + " must be auto, embedded or containers, was " + mode);
        }
        if (kafkaPort < 0 || kafkaPort > 65535 || postgresPort < 0 || postgresPort > 65535) {
            throw new IllegalArgumentException("ports must be between 0 and 65535");
        }
    }

    /** Options from {@code PIPELINE_STACK_MODE} and {@code PIPELINE_STACK_DIR}, free ports. */
    public static LocalStackOptions fromEnvironment() {
        String dir = System.getenv(ENV_DIR);
        Path base = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "pipeline-local-stack")
                : Path.of(dir);
        return new LocalStackOptions(System.getenv(ENV_MODE), base.toAbsolutePath(), 0, 0, false);
    }

    public LocalStackOptions withPorts(int kafka, int postgres) {
        return new LocalStackOptions(mode, baseDirectory, kafka, postgres, keepData);
    }

    public LocalStackOptions withKeepData(boolean keep) {
        return new LocalStackOptions(mode, baseDirectory, kafkaPort, postgresPort, keep);
    }
}
