package media.pipeline.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until stopped (SIGTERM/SIGINT), for {@code bin/pipeline}. Writes the
 * services' environment (KAFKA_BOOTSTRAP_SERVERS, DB_JDBC_URL, ...) to an env file once ready.
 *
 * <pre>LocalStackMain --env-file FILE [--partitions N] [--kafka-port P] [--postgres-port P]</pre>
 */
public final class LocalStackMain {
    private LocalStackMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path envFile = null;
        int partitions = 3;
        int kafkaPort = 0;
        int postgresPort = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--env-file" -> envFile = Path.of(require(value, args[i]));
                case "--partitions" -> partitions = Integer.parseInt(require(value, args[i]));
                case "--kafka-port" -> kafkaPort = Integer.parseInt(require(value, args[i]));
                case "--postgres-port" -> postgresPort = Integer.parseInt(require(value, args[i]));
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        LocalStack stack = LocalStack.start(LocalStackOptions.fromEnvironment().withPorts(kafkaPort, postgresPort));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        stack.createPipelineTopics(partitions);
        StringBuilder env = new StringBuilder();
        for (Map.Entry<String, String> e : stack.environment().entrySet()) {
            env.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        if (envFile != null) {
            Path tmp = envFile.resolveSibling(envFile.getFileName() + ".tmp");
            Files.createDirectories(envFile.toAbsolutePath().getParent());
            Files.writeString(tmp, env, StandardCharsets.UTF_8);
            Files.move(tmp, envFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("local-stack ready\n" + env);
        stopped.await();
    }

    private static String require(String value, String option) {
        if (value == null) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return value;
    }
}
