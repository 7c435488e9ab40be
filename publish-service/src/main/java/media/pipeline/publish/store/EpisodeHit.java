package media.pipeline.publish.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An episode found by search, with the entities that matched. */
public record EpisodeHit(String episodeId, String show, String title, LocalDate airDate, String language,
                         int revision, int chapters, List<String> entities, Instant updatedAt) {
}
