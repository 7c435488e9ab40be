package media.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench header names each service's packaging from its quarkus-run.jar's entry point. */
class PackagingTest {

    @Test
    void namesAotJarFastJarAndMissingBuilds(@TempDir Path root) throws IOException {
        runner(root, "ingest", "io.quarkus.bootstrap.runner.AotQuarkusEntryPoint");
        runner(root, "segment", "io.quarkus.bootstrap.runner.QuarkusEntryPoint");

        assertThat(BenchMain.packaging(root)).isEqualTo("ingest aot-jar, segment fast-jar, publish not built");
    }

    @Test
    void aJarThatIsNotOneIsReportedNotGuessed(@TempDir Path root) throws IOException {
        Path jar = root.resolve("publish-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not a zip");

        assertThat(BenchMain.packaging(root)).startsWith("ingest not built, segment not built, publish unreadable (");
    }

    @Test
    void aJarWithoutAnEntryPointIsUnknown(@TempDir Path root) throws IOException {
        Path jar = root.resolve("segment-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream ignored = new JarOutputStream(Files.newOutputStream(jar))) {
            // no manifest at all
        }

        assertThat(BenchMain.packaging(root)).isEqualTo("ingest not built, segment unknown (no Main-Class), publish not built");
    }

    private static void runner(Path root, String service, String mainClass) throws IOException {
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all the runner jar needs here
        }
    }
}
