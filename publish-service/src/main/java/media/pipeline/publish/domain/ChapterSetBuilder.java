package media.pipeline.publish.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;

/**
 * Turns the enriched segments of an episode into its published chapter set.
 *
 * <ul>
 * <li>Chapters follow the segments sorted by start (then end, then segment index) and are numbered
 * 0, 1, 2... in that order. Times are the segments' own; the first chapter is not moved to 0.
 * Where a segment ends after the next one starts, its end is cut to that start (chapters never
 * overlap); an end before the start becomes the start.</li>
 * <li>Language: the event's, else the metadata's, else {@code null}; each chapter is summarised
 * in its segment's language if it has one, else the episode's, else {@code "und"} (summarised
 * with the English rules).</li>
 * <li>Host: {@code Person.named(metadata.host())}, or null if the metadata has none; guests as in
 * the metadata. Duration: the metadata's if positive, else the end of the last chapter.</li>
 * <li>{@code eventId} is a name-based UUID of episode id and revision, so re-publishing the same
 * revision yields the same id (idempotent downstream).</li>
 * <li>Each chapter is summarised knowing the entities of the episode's other topic chapters, so a
 * name heard all through the episode does not become every chapter's subject.</li>
 * <li>Headlines of any {@link Summarizer} are cut at a word to {@link ChapterSummary#MAX_HEADLINE}.</li>
 * </ul>
 */
public final class ChapterSetBuilder {
    private final Summarizer summarizer;

    public ChapterSetBuilder(Summarizer summarizer) {
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    }

    public ChaptersPublished build(SegmentsEnriched event, int revision, Instant publishedAt) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
        EpisodeMetadata meta = event.metadata();
        String language = firstNonBlank(event.language(), meta.language());
        String host = meta.host() == null || meta.host().isBlank() ? null : meta.host().strip();

        List<Segment> segments = new ArrayList<>(event.segments());
        segments.sort(Comparator.comparingDouble(Segment::start).thenComparingDouble(Segment::end)
                .thenComparingInt(Segment::index));
        EntitySpread topics = EntitySpread.of(segments.stream().filter(ChapterSetBuilder::isTopic)
                .map(Segment::entities).toList());
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            double end = Math.max(s.start(), s.end());
            if (i + 1 < segments.size()) {
                end = Math.min(end, Math.max(s.start(), segments.get(i + 1).start()));
            }
            String chapterLanguage = firstNonBlank(s.language(), language);
            ChapterSummary summary = summarizer.summarize(new SummaryRequest(
                    s, chapterLanguage == null ? "und" : chapterLanguage, i + 1, host,
                    isTopic(s) ? topics.without(s.entities()) : topics));
            chapters.add(new Chapter(i, s.start(), end,
                    HeadlineWriter.fit(summary.headline(), ChapterSummary.MAX_HEADLINE),
                    summary.gist(), summary.summary(), s.keywords(), s.entities(), s.speakers()));
        }
        double duration = meta.durationSeconds() > 0 ? meta.durationSeconds()
                : chapters.stream().mapToDouble(Chapter::end).max().orElse(0);
        return new ChaptersPublished(eventId(event.episodeId(), revision), event.episodeId(), revision,
                meta.show(), meta.title(), meta.airDate(), language, duration,
                host == null ? null : Person.named(host), meta.guests(), chapters, publishedAt);
    }

    /**
     * Whether a chapter counts among the others a chapter is weighed against: not intros and outros, which
     * name all the topics.
     */
    private static boolean isTopic(Segment s) {
        String kind = s.kind() == null ? "TOPIC" : s.kind().toUpperCase(java.util.Locale.ROOT);
        return !kind.equals("INTRO") && !kind.equals("OUTRO");
    }

    static String eventId(String episodeId, int revision) {
        return UUID.nameUUIDFromBytes(("ChaptersPublished|" + episodeId + "|" + revision)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }
}
