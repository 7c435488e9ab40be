package media.pipeline.ingest.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test resources and one shared parser (building lingua's detector once per test JVM). */
final class Fixtures {
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-21T12:00:00Z"), ZoneOffset.UTC);
    static final TranscriptParser PARSER = new TranscriptParser(TranscriptParser.DEFAULT_MAX_BYTES,
            TranscriptParser.DEFAULT_WORDS_PER_SECOND, FIXED_CLOCK);

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
