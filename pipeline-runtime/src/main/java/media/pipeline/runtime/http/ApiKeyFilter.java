package media.pipeline.runtime.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When {@code pipeline.api-key} is set, write requests ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) must carry it in {@code X-Api-Key}; reads stay open.
 */
final class ApiKeyFilter {
    static final String HEADER = "X-Api-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Optional<String> apiKey;

    ApiKeyFilter(@ConfigProperty(name = "pipeline.api-key") Optional<String> apiKey) {
        this.apiKey = apiKey.filter(k -> !k.isBlank());
    }

    @ServerRequestFilter
    Optional<Response> check(ContainerRequestContext request) {
        if (apiKey.isEmpty() || !WRITES.contains(request.getMethod())) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        if (given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"")
                .entity(new Problem("urn:problem:unauthorized", "Unauthorized", 401,
                        given == null ? "missing " + HEADER + " header" : "wrong API key", request.getUriInfo().getPath()))
                .build());
    }
}
