package media.pipeline.bench;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw broker ceiling: Kafka's own {@code ProducerPerformance} (kafka-tools) in a child JVM on the
 * kafka-tools jar plus the broker's classpath, records the size of our events, acks=all as the services.
 */
final class BrokerBench {
    private static final String BROKER_CLASSPATH = "/media/pipeline/localstack/broker/kafka-broker.classpath";
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\), ([0-9.]+) ms avg latency");

    record Result(String label, int recordBytes, int records, double recordsPerSecond, double mbPerSecond, double avgLatencyMs) {
    }

    private BrokerBench() {
    }

    static Result run(String bootstrap, String topic, String label, int recordBytes, int records, Path logDir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath(), "org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordBytes),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all",
                "max.request.size=10485760"));
        Files.createDirectories(logDir);
        Path log = logDir.resolve("producer-performance-" + recordBytes + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ProducerPerformance failed; see " + log);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!SUMMARY.matcher(out).find()) {
            throw new IllegalStateException("no summary line in " + log);
        }
        return parseLast(out, label, recordBytes, records);
    }

    private static Result parseLast(String out, String label, int recordBytes, int records) {
        Matcher m = SUMMARY.matcher(out);
        double rps = 0;
        double mbps = 0;
        double lat = 0;
        while (m.find()) {
            rps = Double.parseDouble(m.group(2));
            mbps = Double.parseDouble(m.group(3));
            lat = Double.parseDouble(m.group(4));
        }
        return new Result(label, recordBytes, records, rps, mbps, lat);
    }

    static String classpath() {
        String tools = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith("kafka-tools-")
                        && !Path.of(e).getFileName().toString().startsWith("kafka-tools-api"))
                .findFirst().orElseThrow(() -> new IllegalStateException("kafka-tools jar not on the class path"));
        URL resource = BrokerBench.class.getResource(BROKER_CLASSPATH);
        if (resource == null) {
            throw new IllegalStateException("broker classpath resource missing (local-stack-broker not built)");
        }
        try (var in = resource.openStream()) {
            return tools + File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
