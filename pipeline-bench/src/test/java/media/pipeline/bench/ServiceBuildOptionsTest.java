package media.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How bin/pipeline and bin/bench package the services (service_build_options in bin/lib/service-jvm.sh): aot-jar when
 * the JDK has an AOT cache to use it with, unless fast-jar is asked for; else fast-jar with an AppCDS archive.
 */
class ServiceBuildOptionsTest {
    private static final Path SCRIPT = Path.of("..", "bin", "lib", "service-jvm.sh").toAbsolutePath().normalize();

    @ParameterizedTest(name = "JDK {0}, PIPELINE_PACKAGING={1}, PIPELINE_AOT={2}")
    @CsvSource(delimiter = '|', nullValues = "unset", value = {
        "25.0.3  | unset    | unset | -Dquarkus.package.jar.type=aot-jar",
        "25.0.3  | unset    | off   | -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.appcds.enabled=true",
        "17.0.15 | unset    | unset | -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.appcds.enabled=true",
        "25.0.3  | fast-jar | unset | -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.appcds.enabled=true",
        "25.0.3  | aot-jar  | unset | -Dquarkus.package.jar.type=aot-jar",
        "26      | aot-jar  | on    | -Dquarkus.package.jar.type=aot-jar",
        "25.0.3  | aot-jar  | off   | -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.appcds.enabled=true",
        "17.0.15 | aot-jar  | unset | -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.appcds.enabled=true",
    })
    void packagesForTheCacheUnlessFastJarIsAskedOrNoCacheIsUsable(String jdk, String packaging, String aot, String expected)
            throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", ". \"$0\"; service_build_options \"$1\"", SCRIPT.toString(), jdk);
        bash.environment().remove("PIPELINE_PACKAGING");
        bash.environment().remove("PIPELINE_AOT");
        if (packaging != null) {
            bash.environment().put("PIPELINE_PACKAGING", packaging);
        }
        if (aot != null) {
            bash.environment().put("PIPELINE_AOT", aot);
        }
        Process process = bash.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out).isEqualTo(expected);
    }
}
