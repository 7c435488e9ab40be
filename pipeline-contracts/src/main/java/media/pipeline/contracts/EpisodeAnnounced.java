package media.pipeline.contracts;

import java.time.LocalDate;

/**
 * A new episode, sent by broadcast automation on {@code episodes.new.v1} (or built from a REST upload).
 *
 * @param episodeId  optional: ingest-service derives one when absent
 * @param format     {@code auto} (default), {@code page}, {@code webvtt}, {@code srt}, {@code speaker}, {@code plain}
 * @param transcript the raw transcript text, inline (required)
 */
public record EpisodeAnnounced(
        String episodeId,
        String show,
        String title,
        LocalDate airDate,
        String language,
        String sourceUrl,
        String format,
        String transcript) {

    public static final String FORMAT_AUTO = "auto";

    public EpisodeAnnounced {
        Require.present(transcript, "transcript");
        format = format == null || format.isBlank() ? FORMAT_AUTO : format;
    }
}
