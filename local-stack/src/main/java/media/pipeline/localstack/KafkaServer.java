package media.pipeline.localstack;

/** A running Kafka broker. */
interface KafkaServer extends AutoCloseable {
    String bootstrapServers();

    void restart();

    @Override
    void close();
}
