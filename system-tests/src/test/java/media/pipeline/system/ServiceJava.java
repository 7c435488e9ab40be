package media.pipeline.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The java the services run on, chosen as bin/pipeline chooses it (bin/lib/service-jvm.sh): {@code PIPELINE_JAVA}
 * when set, else the newest JDK 25 or later under /usr/lib/jvm, else the JDK running the tests. The system tests
 * run the services as users do.
 */
final class ServiceJava {
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private ServiceJava() {
    }

    static String find() {
        String configured = System.getenv("PIPELINE_JAVA");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return newestAtLeast25(Path.of("/usr/lib/jvm"))
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java")).toString();
    }

    /** bin/java of the JDK with the highest feature version ≥ 25 among {@code jvmDir}'s children, by their release file. */
    static Optional<Path> newestAtLeast25(Path jvmDir) {
        if (!Files.isDirectory(jvmDir)) {
            return Optional.empty();
        }
        Path best = null;
        int bestMajor = 0;
        try (Stream<Path> jdks = Files.list(jvmDir)) {
            for (Path jdk : jdks.sorted().toList()) {
                int major = major(jdk.resolve("release"));
                Path java = jdk.resolve("bin").resolve("java");
                if (major >= 25 && major > bestMajor && Files.isExecutable(java)) {
                    best = java;
                    bestMajor = major;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    private static int major(Path release) {
        try {
            Matcher m = VERSION.matcher(Files.readString(release));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
