package media.pipeline.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One line per scenario on standard output and in {@code target/system-logs/summary.txt}. */
final class Summary {
    private Summary() {
    }

    static synchronized void line(String scenario, String text) {
        String line = "SYSTEM-TEST " + scenario + " | " + text;
        System.out.println(line);
        Path file = Pipeline.moduleDir().resolve("target").resolve("system-logs").resolve("summary.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + line + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // stdout has it
        }
    }
}
