package media.pipeline.ingest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import media.pipeline.ingest.app.IngestConfig;
import media.pipeline.runtime.http.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an upload whose declared length is over {@code ingest.max-request-bytes} before its body is read, with a
 * problem+json 413. Quarkus' own body limit ({@code quarkus.http.limits.max-body-size}, set above this one) answers
 * with an empty 413 and a closed connection, which told a client nothing; it stays as the net for uploads sent
 * without a length (chunked), whose transcript the decoder then measures against {@code ingest.max-bytes}.
 */
final class RequestSizeFilter {
    private final long maxRequestBytes;
    private final long maxTranscriptBytes;

    RequestSizeFilter(IngestConfig config) {
        this.maxRequestBytes = config.maxRequestBytes();
        this.maxTranscriptBytes = config.maxBytes();
    }

    @ServerRequestFilter(preMatching = true)
    Optional<Response> check(ContainerRequestContext request) {
        long length = request.getLength();
        if (length <= maxRequestBytes) { // -1 when unknown (chunked)
            return Optional.empty();
        }
        return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:problem:too-large", "Transcript rejected: too-large", 413, String.format(
                        java.util.Locale.ROOT, "the request has %,d bytes; the limit is %,d (transcripts up to %,d bytes); "
                                + "send the transcript in parts", length, maxRequestBytes, maxTranscriptBytes),
                        request.getUriInfo().getPath()))
                .build());
    }
}
