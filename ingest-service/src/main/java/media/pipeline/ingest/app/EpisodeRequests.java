package media.pipeline.ingest.app;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import media.pipeline.contracts.EpisodeAnnounced;
import media.pipeline.ingest.domain.ParseHints;

/** Builds ingest requests from an EpisodeAnnounced event or from upload parameters. */
public final class EpisodeRequests {
    private EpisodeRequests() {
    }

    public static IngestRequest from(EpisodeAnnounced event, LocalDate today) {
        ParseHints hints = new ParseHints(event.format(), event.show(), event.title(), event.airDate(), event.language(), today);
        return new IngestRequest(event.transcript().getBytes(StandardCharsets.UTF_8), hints, event.episodeId(), event.sourceUrl());
    }

    public static IngestRequest upload(byte[] body, String format, String show, String title, String airDate,
                                       String language, String episodeId, String sourceUrl, LocalDate today) {
        LocalDate date;
        try {
            date = airDate == null || airDate.isBlank() ? null : LocalDate.parse(airDate.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("airDate must be an ISO date (YYYY-MM-DD), was '" + airDate + "'");
        }
        ParseHints hints = new ParseHints(format, show, title, date, language, today);
        return new IngestRequest(body, hints, episodeId, sourceUrl);
    }
}
