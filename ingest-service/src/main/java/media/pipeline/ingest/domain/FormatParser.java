package media.pipeline.ingest.domain;

/** One transcript layout: text (LF line ends, no BOM) in, cues with raw times out. */
sealed interface FormatParser
        permits PageTranscriptParser, WebVttParser, SrtParser, SpeakerTranscriptParser, PlainTextParser {
    ParseResult parse(String text);
}
