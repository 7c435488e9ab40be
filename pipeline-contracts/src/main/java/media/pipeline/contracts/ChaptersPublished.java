package media.pipeline.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The chapter set of one episode for newsroom systems, on {@code summaries.published.v1};
 * {@code revision} grows each time the episode is reprocessed.
 */
public record ChaptersPublished(
        String eventId,
        String episodeId,
        int revision,
        String show,
        String title,
        LocalDate airDate,
        String language,
        double durationSeconds,
        Person host,
        List<Person> guests,
        List<Chapter> chapters,
        Instant publishedAt) {

    public ChaptersPublished {
        Require.text(episodeId, "episodeId");
        Require.present(publishedAt, "publishedAt");
        Require.time(durationSeconds, "durationSeconds");
        guests = Require.list(guests);
        chapters = Require.list(chapters);
        if (revision < 1) {
            throw new IllegalArgumentException("field 'revision' must be >= 1");
        }
    }
}
