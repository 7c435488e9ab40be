package media.pipeline.publish.store;

/**
 * Throughput and latency of one stage. Latency is the time from the previous stage's event to this
 * stage's event (ingest: none; segment: ingested to segmented; publish: segmented to published;
 * end-to-end: ingested to published), over the latest 200 episodes.
 */
public record StageStats(String stage, long total, long lastHour, long lastFiveMinutes,
                         Double latencyP50Seconds, Double latencyP95Seconds) {
}
