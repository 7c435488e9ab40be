package media.pipeline.publish.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import media.pipeline.publish.store.ChapterStore;
import media.pipeline.publish.store.EpisodeHit;
import org.jboss.resteasy.reactive.RestQuery;

/** Episodes by entity (canonical name) and/or text in their headlines, summaries and keywords. */
@Path("/api/episodes")
@Produces(MediaType.APPLICATION_JSON)
class SearchResource {
    private final ChapterStore store;

    SearchResource(ChapterStore store) {
        this.store = store;
    }

    @GET
    public List<EpisodeHit> search(@RestQuery String entity, @RestQuery String q, @RestQuery Integer limit) {
        return store.search(entity, q, limit == null ? 50 : limit);
    }
}
