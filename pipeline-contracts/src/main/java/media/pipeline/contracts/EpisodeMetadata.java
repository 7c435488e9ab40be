package media.pipeline.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an episode beyond its cues. Every field is optional except the lists,
 * which are never null.
 *
 * @param host     the host's name
 * @param language ISO 639-1 code
 */
public record EpisodeMetadata(
        String show,
        String title,
        LocalDate airDate,
        String host,
        List<Person> guests,
        List<String> announcedTopics,
        String description,
        String language,
        double durationSeconds) {

    public EpisodeMetadata {
        guests = Require.list(guests);
        announcedTopics = Require.list(announcedTopics);
        Require.time(durationSeconds, "durationSeconds");
    }
}
