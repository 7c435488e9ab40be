package media.pipeline.bench;

import java.nio.charset.StandardCharsets;

/**
 * One benchmark transcript as the pipeline receives it.
 *
 * @param name     short label for the tables
 * @param format   the EpisodeAnnounced format ({@code page}, {@code webvtt})
 * @param language ISO 639-1 of the text (informative)
 * @param seconds  speech duration (last cue end)
 * @param text     the raw transcript
 */
public record Episode(String name, String format, String language, double seconds, String text) {

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public String minutes() {
        return String.format(java.util.Locale.ROOT, "%.1f", seconds / 60.0);
    }
}
