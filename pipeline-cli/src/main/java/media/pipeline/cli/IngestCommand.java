package media.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.PipelineJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Sends transcript files to ingest-service, follows each episode through the stages, prints its chapters. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Send transcript files, wait for their chapters and print them.")
final class IngestCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = PipelineJson.mapper();
    /** Sends of one file while ingest-service answers 503 (busy), the last one's answer being reported. */
    private static final int BUSY_ATTEMPTS = 6;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "transcript files (.txt page/plain, .vtt, .srt, .json EpisodeAnnounced)")
    List<Path> files;

    @Option(names = "--json", description = "print ChaptersPublished JSON instead of a table")
    boolean json;

    @Option(names = "--no-wait", description = "only send; print the episode ids")
    boolean noWait;

    @Option(names = "--ingest-url", defaultValue = "${env:PIPELINE_INGEST_URL:-http://localhost:8081}")
    URI ingestUrl;

    @Option(names = "--publish-url", defaultValue = "${env:PIPELINE_PUBLISH_URL:-http://localhost:8083}")
    URI publishUrl;

    @Option(names = "--api-key", defaultValue = "${env:PIPELINE_API_KEY}", description = "X-Api-Key for the write endpoint")
    String apiKey;

    @Option(names = "--timeout", defaultValue = "300", description = "seconds to wait for each episode's chapters")
    int timeoutSeconds;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() {
        int failures = 0;
        for (Path file : files) {
            try {
                if (!ingest(file)) {
                    failures++;
                }
            } catch (IOException e) {
                err.println(file + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()
                        + ": ingest-service closed the connection (it does so for a file far over its size limit)"));
                failures++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private boolean ingest(Path file) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return false;
        }
        HttpRequest.Builder post = HttpRequest.newBuilder(ingestUrl.resolve("/api/episodes"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType(file))
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        if (apiKey != null && !apiKey.isBlank()) {
            post.header("X-Api-Key", apiKey);
        }
        HttpResponse<String> response;
        int attempt = 1;
        while (true) {
            try {
                response = http.send(post.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.net.ConnectException e) {
                err.println(file + ": ingest-service is not reachable at " + ingestUrl + " (is the pipeline up?)");
                return false;
            }
            if (response.statusCode() != 503 || attempt == BUSY_ATTEMPTS) {
                break;
            }
            // ingest-service is busy with other transcripts: wait as it asks, then send again
            Duration wait = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            err.println(file + ": ingest-service is busy, retrying in " + wait.toSeconds() + " s");
            Thread.sleep(wait.toMillis());
            attempt++;
        }
        if (response.statusCode() >= 400) {
            err.println(file + ": " + rejection(response.statusCode(), response.body()));
            return false;
        }
        JsonNode body = JSON.readTree(response.body());
        String episodeId = text(body, "episodeId");
        String status = text(body, "status");
        err.println(file.getFileName() + " -> " + episodeId + " (" + status + ")");
        if (noWait) {
            out.println(episodeId);
            return true;
        }
        return await(episodeId, file);
    }

    /** The wait a 503's Retry-After asks for (delta-seconds; an HTTP date or nothing: 5 s), kept within 1-60 s. */
    static Duration retryAfter(String header) {
        long seconds = 5;
        if (header != null) {
            try {
                seconds = Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                // an HTTP date: keep the default
            }
        }
        return Duration.ofSeconds(Math.max(1, Math.min(60, seconds)));
    }

    private boolean await(String episodeId, Path file) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(timeoutSeconds).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(ingestUrl.resolve("/api/episodes/" + encode(episodeId)));
            if (r.statusCode() == 200) {
                JsonNode episode = JSON.readTree(r.body());
                String status = text(episode, "status");
                if (!status.equals(last)) {
                    err.printf(Locale.ROOT, "  %-10s %5.1f s%n", status, (System.nanoTime() - t0) / 1e9);
                    last = status;
                }
                if (status.equals("FAILED")) {
                    err.println(file + ": failed: " + text(episode, "failureReason"));
                    return false;
                }
                if (status.equals("PUBLISHED")) {
                    return printChapters(episodeId);
                }
            }
            Thread.sleep(500);
        }
        err.println(file + ": no chapters after " + timeoutSeconds + " s (last status " + last + ")");
        return false;
    }

    private boolean printChapters(String episodeId) throws IOException, InterruptedException {
        HttpResponse<String> r = get(publishUrl.resolve("/api/episodes/" + encode(episodeId) + "/chapters"));
        if (r.statusCode() != 200) {
            err.println(episodeId + ": publish-service answered " + r.statusCode() + " for its chapters");
            return false;
        }
        if (json) {
            out.println(r.body());
        } else {
            out.print(new ChapterTable().render(JSON.readValue(r.body(), ChaptersPublished.class)));
        }
        return true;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".vtt")) {
            return "text/vtt";
        }
        if (name.endsWith(".srt")) {
            return "application/x-subrip";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "text/plain; charset=utf-8";
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What to print for a refused upload: the problem's title and detail, or what the status says when the body is none. */
    static String rejection(int status, String body) {
        JsonNode problem = null;
        try {
            problem = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            // not JSON (an error page from a proxy or the HTTP layer)
        }
        if (problem != null && problem.hasNonNull("title")) {
            return "rejected (" + status + " " + text(problem, "title") + "): " + text(problem, "detail");
        }
        String why = switch (status) {
            case 413 -> "the file is larger than ingest-service accepts";
            case 401, 403 -> "not authorised (set PIPELINE_API_KEY or --api-key)";
            case 503 -> "ingest-service is busy or not ready; try again later";
            default -> "ingest-service answered without details; see bin/pipeline logs ingest";
        };
        return "rejected (" + status + "): " + why;
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : "";
    }
}
