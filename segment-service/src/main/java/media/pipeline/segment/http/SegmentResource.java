package media.pipeline.segment.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.runtime.http.ProblemException;
import media.pipeline.segment.store.SegmentStore;

/** The latest chapters (segments) of an episode. */
@Path("/api/episodes/{id}/segments")
@Produces(MediaType.APPLICATION_JSON)
class SegmentResource {
    private final SegmentStore store;

    SegmentResource(SegmentStore store) {
        this.store = store;
    }

    @GET
    public SegmentsEnriched get(@PathParam("id") String id) {
        return store.find(id).orElseThrow(() -> new ProblemException(404, "episode-not-found", "Episode not found",
                "no segments for episode '" + id + "'"));
    }
}
