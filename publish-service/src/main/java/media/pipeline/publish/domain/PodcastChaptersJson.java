package media.pipeline.publish.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.PipelineJson;

/**
 * Podcasting 2.0 JSON chapters (the {@code podcast:chapters} file, version 1.2.0):
 * {@code {"version":"1.2.0","title":...,"podcastName":...,"chapters":[{"startTime":0,"endTime":252.5,"title":"..."}]}}.
 * Chapters come from {@link ChapterTimeline} (sorted, non-overlapping); times are seconds rounded
 * to the millisecond ({@code endTime} left out when unknown); {@code title} and {@code podcastName} are the episode's title and show, left
 * out when unknown. Serialised by Jackson (the pipeline's mapper), so all escaping is Jackson's.
 */
public final class PodcastChaptersJson {
    public static final String VERSION = "1.2.0";
    public static final String MEDIA_TYPE = "application/json+chapters";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"version", "title", "podcastName", "chapters"})
    record Document(String version, String title, String podcastName, List<Entry> chapters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"startTime", "endTime", "title"})
    record Entry(Number startTime, Number endTime, String title) {
    }

    private final ObjectMapper mapper;

    public PodcastChaptersJson() {
        this(PipelineJson.mapper());
    }

    PodcastChaptersJson(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    public String write(ChaptersPublished published) {
        Objects.requireNonNull(published, "published");
        List<Entry> entries = ChapterTimeline.of(published.chapters(), published.durationSeconds()).stream()
                .map(s -> new Entry(seconds(s.start()), s.hasEnd() ? seconds(s.end()) : null,
                        ChapterTimeline.oneLine(s.title())))
                .toList();
        try {
            return mapper.writeValueAsString(new Document(VERSION, blankToNull(published.title()),
                    blankToNull(published.show()), entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise chapters of " + published.episodeId(), e);
        }
    }

    /** Whole seconds as an integer ({@code 95}), others to the millisecond ({@code 95.25}). */
    static Number seconds(double s) {
        long millis = Math.round(s * 1000);
        return millis % 1000 == 0 ? (Number) (millis / 1000) : (Number) (millis / 1000.0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
