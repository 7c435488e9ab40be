package media.pipeline.ingest.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

    /**
     * The body as UTF-8 when its {@code Content-Type} declares another charset ({@code text/plain; charset=windows-1252}):
     * a legacy export that says what it is must not be rejected as invalid UTF-8. An 8-bit charset (ISO-8859-1,
     * windows-1252...) is only believed when the bytes are not valid UTF-8: HTTP client libraries label text
     * ISO-8859-1 by default (REST Assured, Apache HttpClient's {@code TEXT_PLAIN}) while sending UTF-8, and valid
     * UTF-8 with accents is practically never Latin-1 text by chance. A UTF-16 or UTF-32 declaration is always
     * believed. Without a charset, or with UTF-8, the bytes are kept (the decoder checks them and reads a UTF-16
     * byte-order mark).
     *
     * @throws IllegalArgumentException for a charset Java does not know
     */
    public static byte[] inDeclaredCharset(byte[] body, String contentType) {
        String charset = charsetParameter(contentType);
        if (body == null || charset == null) {
            return body;
        }
        Charset declared;
        try {
            declared = Charset.forName(charset);
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException, UnsupportedCharsetException
            throw new IllegalArgumentException("unsupported charset '" + charset + "' in Content-Type; send UTF-8");
        }
        boolean wide = declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32");
        if (declared.equals(StandardCharsets.UTF_8) || (!wide && isUtf8(body))) {
            return body;
        }
        return new String(body, declared).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isBlank() ? null : value.trim();
            }
        }
        return null;
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
