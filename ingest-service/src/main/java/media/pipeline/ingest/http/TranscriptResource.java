package media.pipeline.ingest.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import media.pipeline.ingest.app.EpisodeRequests;
import media.pipeline.ingest.app.IngestService;
import media.pipeline.ingest.domain.ParsedTranscript;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** Dry run: shows how a transcript would be parsed; stores and emits nothing. */
@Path("/api/transcripts/parse")
@Produces(MediaType.APPLICATION_JSON)
class TranscriptResource {
    private final IngestService service;

    TranscriptResource(IngestService service) {
        this.service = service;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/vtt", "application/x-subrip", MediaType.APPLICATION_OCTET_STREAM})
    public ParsedTranscript parse(byte[] body, @RestHeader("Content-Type") String contentType, @RestQuery String format,
                                  @RestQuery String show, @RestQuery String title, @RestQuery String airDate,
                                  @RestQuery String language) {
        byte[] utf8 = EpisodeRequests.inDeclaredCharset(body, contentType);
        return service.parse(EpisodeRequests.upload(utf8, format, show, title, airDate, language, null, null, LocalDate.now()));
    }
}
