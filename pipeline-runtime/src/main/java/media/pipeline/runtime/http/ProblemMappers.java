package media.pipeline.runtime.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import media.pipeline.contracts.InvalidEventException;
import media.pipeline.runtime.retry.TransientRetry;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the HTTP API leaves as {@code application/problem+json}. */
final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), "urn:problem:" + e.type(), e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    Response invalidEvent(InvalidEventException e, UriInfo uri) {
        return respond(400, "urn:problem:invalid-event", "Invalid event", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(status, "about:blank", title, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e, UriInfo uri) {
        if (TransientRetry.isTransient(e)) {
            LOG.warnf("service unavailable on %s: %s", uri.getPath(), e.getMessage());
            Response r = respond(503, "urn:problem:unavailable", "Service Unavailable",
                    "the database or the broker is unreachable; retry later", uri);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        LOG.errorf(e, "unexpected error on %s", uri.getPath());
        return respond(500, "about:blank", "Internal Server Error", "unexpected error; see the service log", uri);
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }
}
