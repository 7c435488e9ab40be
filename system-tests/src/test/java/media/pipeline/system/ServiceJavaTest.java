package media.pipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' JDK is chosen as bin/lib/service-jvm.sh chooses it: the newest 25+ by its release file. */
class ServiceJavaTest {
    @TempDir
    Path jvms;

    private void jdk(String dir, String release, boolean executable) throws IOException {
        Path bin = Files.createDirectories(jvms.resolve(dir).resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\n");
        if (executable) {
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (release != null) {
            Files.writeString(jvms.resolve(dir).resolve("release"), release);
        }
    }

    @Test
    void picksTheNewestJdkFrom25On() throws IOException {
        jdk("java-17-openjdk-amd64", "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\n", true);
        jdk("temurin-25-jdk-amd64", "JAVA_VERSION=\"25.0.3\"\n", true);
        jdk("temurin-26-jdk-amd64", "JAVA_VERSION=\"26\"\n", true);
        jdk("broken", null, true);
        assertThat(ServiceJava.newestAtLeast25(jvms)).contains(jvms.resolve("temurin-26-jdk-amd64/bin/java"));
    }

    @Test
    void nothingBefore25NorWithoutAnExecutableJava() throws IOException {
        jdk("java-17-openjdk-amd64", "JAVA_VERSION=\"17.0.15\"\n", true);
        jdk("temurin-25-jdk-amd64", "JAVA_VERSION=\"25.0.3\"\n", false);
        assertThat(ServiceJava.newestAtLeast25(jvms)).isEmpty();
        assertThat(ServiceJava.newestAtLeast25(jvms.resolve("missing"))).isEmpty();
    }
}
