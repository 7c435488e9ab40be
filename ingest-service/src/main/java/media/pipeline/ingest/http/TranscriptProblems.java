package media.pipeline.ingest.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import media.pipeline.ingest.app.IngestBusyException;
import media.pipeline.ingest.domain.InvalidTranscriptException;
import media.pipeline.runtime.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Rejected transcripts as problem+json, with a status that fits the reason. */
final class TranscriptProblems {

    @ServerExceptionMapper
    Response invalid(InvalidTranscriptException e, UriInfo uri) {
        int status = switch (e.code()) {
            case TOO_LARGE -> 413;
            case BINARY, INVALID_UTF8 -> 415;
            case NO_CUES -> 422;
            case EMPTY, UNKNOWN_FORMAT -> 400;
        };
        String code = e.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:problem:" + code, "Transcript rejected: " + code, status, e.getMessage(), uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    Response busy(IngestBusyException e, UriInfo uri) {
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .entity(new Problem("urn:problem:busy", "Ingest busy", 503, e.getMessage(), uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    Response badArgument(IllegalArgumentException e, UriInfo uri) {
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:problem:invalid-request", "Invalid request", 400, e.getMessage(), uri.getPath()))
                .build();
    }
}
