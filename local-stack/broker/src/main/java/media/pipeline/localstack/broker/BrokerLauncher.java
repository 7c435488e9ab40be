package media.pipeline.localstack.broker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Main class of the child JVM that runs the Kafka broker. Its parent keeps our standard input open;
 * when the parent dies (even by {@code kill -9}) the pipe closes, we read end-of-file and halt, so no
 * broker outlives the process that started it.
 *
 * <p>Usage: {@code BrokerLauncher format <cluster-id> <server.properties>} formats the KRaft storage;
 * {@code BrokerLauncher run <server.properties>} runs the broker in KRaft combined mode.
 */
public final class BrokerLauncher {
    private BrokerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("format")) {
            // StorageTool exits the JVM itself when it is done.
            kafka.tools.StorageTool.main(new String[] {
                "format", "--ignore-formatted", "-t", args[1], "-c", args[2]});
            return;
        }
        if (args.length == 2 && args[0].equals("run")) {
            startParentWatchdog();
            kafka.Kafka.main(new String[] {args[1]});
            return;
        }
        System.err.println("usage: BrokerLauncher format <cluster-id> <server.properties> | run <server.properties>");
        System.exit(2);
    }

    private static void startParentWatchdog() {
        Thread watchdog = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // the parent writes nothing; we only wait for end-of-file
                }
            } catch (IOException e) {
                // a broken pipe means the same as end-of-file
            }
            System.err.println("local-stack: parent process is gone, stopping the broker");
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
