package media.pipeline.publish.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the dashboard shows about the whole pipeline. */
public record PipelineStats(Instant at, List<StageStats> stages, long failed, Map<String, Long> deadLetters,
                            long outboxPending) {
}
