package media.pipeline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The directory of one run of the local stack: {@code run-<pid>-<millis>} under the base directory,
 * with the owner's pid and the pids of the processes it started, so a later run can clean up after
 * a {@code kill -9}.
 */
final class RunDirectory {
    static final String PREFIX = "run-";
    static final String OWNER_FILE = "owner.pid";
    static final String CHILDREN_FILE = "children.pids";

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    static RunDirectory create(Path base) throws IOException {
        long pid = ProcessHandle.current().pid();
        Path dir = base.resolve(PREFIX + pid + "-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(OWNER_FILE), Long.toString(pid), StandardCharsets.US_ASCII);
        return new RunDirectory(dir);
    }

    Path path() {
        return path;
    }

    void recordChild(long pid) {
        try {
            Files.writeString(path.resolve(CHILDREN_FILE), pid + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        deleteTree(path);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a later run cleans what is left
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
