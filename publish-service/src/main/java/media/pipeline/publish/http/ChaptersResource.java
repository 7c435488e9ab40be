package media.pipeline.publish.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.publish.domain.PodcastChaptersJson;
import media.pipeline.publish.domain.WebVttChapters;
import media.pipeline.publish.domain.YouTubeChapters;
import media.pipeline.publish.store.ChapterStore;
import media.pipeline.runtime.http.ProblemException;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The current chapters of an episode: ChaptersPublished JSON, or {@code ?format=podcast-chapters}
 * (Podcasting 2.0), {@code webvtt} or {@code youtube}.
 */
@Path("/api/episodes/{id}/chapters")
class ChaptersResource {
    private final ChapterStore store;
    private final PodcastChaptersJson podcast = new PodcastChaptersJson();
    private final WebVttChapters webvtt = new WebVttChapters();
    private final YouTubeChapters youtube = new YouTubeChapters();

    ChaptersResource(ChapterStore store) {
        this.store = store;
    }

    @GET
    public Response get(@PathParam("id") String id, @RestQuery String format) {
        ChaptersPublished chapters = store.current(id).orElseThrow(() -> new ProblemException(404, "episode-not-found",
                "Episode not found", "no published chapters for episode '" + id + "'"));
        String f = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (f) {
            case "json" -> Response.ok(chapters, MediaType.APPLICATION_JSON).build();
            case "podcast-chapters" -> Response.ok(podcast.write(chapters), PodcastChaptersJson.MEDIA_TYPE).build();
            case "webvtt" -> Response.ok(webvtt.write(chapters), WebVttChapters.MEDIA_TYPE + ";charset=utf-8").build();
            case "youtube" -> Response.ok(String.join("\n", youtube.lines(chapters)) + "\n", "text/plain;charset=utf-8").build();
            default -> throw new ProblemException(400, "unknown-format", "Unknown chapter format",
                    "format must be json, podcast-chapters, webvtt or youtube, was '" + format + "'");
        };
    }
}
