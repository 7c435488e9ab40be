package media.pipeline.localstack;

/** One local stack per JVM, started on first use and stopped at JVM exit. */
public final class SharedLocalStack {
    private static LocalStack stack;

    private SharedLocalStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            LocalStack started = LocalStack.start();
            started.createPipelineTopics(3);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-stack-shutdown"));
            stack = started;
        }
        return stack;
    }
}
