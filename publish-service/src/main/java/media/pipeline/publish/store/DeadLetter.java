package media.pipeline.publish.store;

import java.time.Instant;

/** A record some stage could not use, as the dashboard lists it. */
public record DeadLetter(String topic, String episodeId, String reason, Instant receivedAt) {
}
