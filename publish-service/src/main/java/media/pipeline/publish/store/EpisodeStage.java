package media.pipeline.publish.store;

import java.time.Instant;

/**
 * Where an episode is in the pipeline. {@code stage} is the latest thing that happened to it:
 * INGESTED, SEGMENTED, PUBLISHED or FAILED (with the dead-letter reason).
 */
public record EpisodeStage(String episodeId, String show, String title, String stage, String failureReason,
                           Instant ingestedAt, Instant segmentedAt, Instant publishedAt, Instant failedAt,
                           Instant updatedAt, Integer revision, Integer chapters) {
}
