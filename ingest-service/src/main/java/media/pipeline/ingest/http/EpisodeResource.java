package media.pipeline.ingest.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import media.pipeline.contracts.EpisodeAnnounced;
import media.pipeline.contracts.EventReader;
import media.pipeline.ingest.app.EpisodeRequests;
import media.pipeline.ingest.app.IngestResult;
import media.pipeline.ingest.app.IngestService;
import media.pipeline.ingest.store.EpisodeStore;
import media.pipeline.ingest.store.EpisodeView;
import media.pipeline.runtime.http.ProblemException;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** Uploads (a raw transcript or an EpisodeAnnounced) and the episode view. */
@Path("/api/episodes")
@Produces(MediaType.APPLICATION_JSON)
class EpisodeResource {
    private static final EventReader<EpisodeAnnounced> READER = EventReader.of(EpisodeAnnounced.class);

    private final IngestService service;
    private final EpisodeStore store;

    EpisodeResource(IngestService service, EpisodeStore store) {
        this.service = service;
        this.store = store;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/vtt", "application/x-subrip", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(byte[] body, @RestHeader("Content-Type") String contentType, @RestQuery String format,
                           @RestQuery String show, @RestQuery String title, @RestQuery String airDate,
                           @RestQuery String language, @RestQuery String episodeId, @RestQuery String sourceUrl) {
        byte[] utf8 = EpisodeRequests.inDeclaredCharset(body, contentType);
        return accepted(service.ingest(EpisodeRequests.upload(utf8, format, show, title, airDate, language, episodeId,
                sourceUrl, LocalDate.now())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response announce(String json) {
        return accepted(service.ingest(EpisodeRequests.from(READER.read(json), LocalDate.now())));
    }

    @GET
    @Path("{id}")
    public EpisodeView get(@PathParam("id") String id) {
        return store.find(id).orElseThrow(() -> new ProblemException(404, "episode-not-found", "Episode not found",
                "no episode with id '" + id + "'"));
    }

    private static Response accepted(IngestResult result) {
        return Response.status(result.status() == IngestResult.Status.INGESTED ? 202 : 200)
                .entity(result)
                .build();
    }
}
