package media.pipeline.ingest.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The transcript layouts this service reads. {@link #id()} is the name used on the wire. */
public enum TranscriptFormat {
    /** A scraped video page: header, "Transcription" label, cue lines with glued timestamps. */
    PAGE,
    /** W3C WebVTT captions. */
    WEBVTT,
    /** SubRip captions. */
    SRT,
    /** Speaker-labelled transcripts (name headings, timed speaker turns, diarisation output). */
    SPEAKER,
    /** Text without any timestamp; times are estimated. */
    PLAIN;

    /** The name that selects {@link TranscriptParser} auto-detection. */
    public static final String AUTO = "auto";

    /** Lowercase name, e.g. {@code "webvtt"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a caller named, case-insensitively ({@code "vtt"} is accepted for WebVTT).
     *
     * @throws InvalidTranscriptException {@code UNKNOWN_FORMAT}, listing the known names
     */
    public static TranscriptFormat fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("vtt")) {
            return WEBVTT;
        }
        for (TranscriptFormat format : values()) {
            if (format.id().equals(wanted)) {
                return format;
            }
        }
        throw new InvalidTranscriptException(InvalidTranscriptException.Code.UNKNOWN_FORMAT,
                "unknown transcript format '" + id + "'; known formats: " + knownIds());
    }

    /** {@code "auto, page, webvtt, srt, speaker, plain"}. */
    public static String knownIds() {
        return AUTO + ", " + Arrays.stream(values()).map(TranscriptFormat::id).collect(Collectors.joining(", "));
    }
}
