package media.pipeline.publish.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import media.pipeline.publish.store.EpisodeStage;
import media.pipeline.publish.store.PipelineStats;
import media.pipeline.publish.store.StageStore;
import media.pipeline.runtime.outbox.OutboxRelay;
import org.jboss.resteasy.reactive.RestQuery;

/** Data of the operators' dashboard (the page at {@code /} polls these). */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
class DashboardResource {
    private final StageStore stages;
    private final OutboxRelay relay;

    DashboardResource(StageStore stages, OutboxRelay relay) {
        this.stages = stages;
        this.relay = relay;
    }

    @GET
    @Path("episodes")
    public List<EpisodeStage> episodes(@RestQuery Integer limit) {
        return stages.latest(limit == null ? 100 : limit);
    }

    @GET
    @Path("episodes/{id}")
    public EpisodeStage episode(@jakarta.ws.rs.PathParam("id") String id) {
        return stages.one(id).orElseThrow(() -> new media.pipeline.runtime.http.ProblemException(404, "episode-not-found",
                "Episode not found", "the dashboard has not seen episode '" + id + "'"));
    }

    @GET
    @Path("dead-letters")
    public List<media.pipeline.publish.store.DeadLetter> deadLetters(@RestQuery Integer limit) {
        return stages.deadLetters(limit == null ? 50 : limit);
    }

    @GET
    @Path("stats")
    public PipelineStats stats() throws SQLException {
        return stages.stats(relay.pending());
    }
}
