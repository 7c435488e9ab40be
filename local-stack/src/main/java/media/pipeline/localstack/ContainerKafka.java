package media.pipeline.localstack;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in a container, where Docker is available. */
final class ContainerKafka implements KafkaServer {
    static final String IMAGE = "apache/kafka:4.1.2";
    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void restart() {
        throw new LocalStackException("restarting Kafka is supported in embedded mode only");
    }

    @Override
    public void close() {
        container.stop();
    }
}
