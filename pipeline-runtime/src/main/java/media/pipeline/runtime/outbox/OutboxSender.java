package media.pipeline.runtime.outbox;

/**
 * Sends outbox records of one channel to Kafka and returns once the broker acknowledged them.
 * Each service implements it with its own emitter.
 */
public interface OutboxSender {
    /** The outgoing channel this sender serves. */
    String channel();

    /** Sends and waits for the acknowledgement; throws if the broker did not take the record. */
    void send(OutboxRecord record);
}
