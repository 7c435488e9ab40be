package media.pipeline.ingest.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.ingest.domain.InvalidTranscriptException.Code;

/**
 * The ingest domain's entry point: raw transcript bytes in, cues and episode metadata out.
 *
 * <p>Stages: {@link TranscriptDecoder} (validation, UTF-8, line ends) → format ({@link ParseHints#format()}
 * or {@link FormatDetector}) → one {@link FormatParser} → {@link CueTimingRepair} → description metadata
 * (pages only) → {@link LanguageIdentifier}. Caller hints win over extracted values for show, title and air
 * date; the language is detected from the cues and the hint is only the fallback when detection is unsure
 * (a disagreement is reported as a warning).
 *
 * <p>Immutable and thread-safe: build one at start-up (building the language detector is the costly part)
 * and share it.
 */
public final class TranscriptParser {
    /** 5 MiB. */
    public static final int DEFAULT_MAX_BYTES = TranscriptDecoder.DEFAULT_MAX_BYTES;
    /** About 150 words per minute. */
    public static final double DEFAULT_WORDS_PER_SECOND = PlainTextParser.DEFAULT_WORDS_PER_SECOND;
    /** Language code when neither detection nor the caller knows. */
    public static final String UNDETERMINED_LANGUAGE = "und";

    private final TranscriptDecoder decoder;
    private final FormatDetector detector = new FormatDetector();
    private final Map<TranscriptFormat, FormatParser> parsers;
    private final CueTimingRepair timing;
    private final DescriptionMetadata.Extractor metadata;
    private final LanguageIdentifier languages;
    private final Clock clock;

    /** Defaults: 5 MiB limit, 2.5 words per second, today in UTC as reference date. */
    public TranscriptParser() {
        this(DEFAULT_MAX_BYTES, DEFAULT_WORDS_PER_SECOND, Clock.systemUTC());
    }

    /**
     * @param maxBytes       largest transcript accepted, in bytes (&gt; 0)
     * @param wordsPerSecond speaking rate used to estimate times and missing last ends (&gt; 0)
     * @param clock          gives "today" when {@link ParseHints#referenceDate()} is null
     */
    public TranscriptParser(int maxBytes, double wordsPerSecond, Clock clock) {
        this.decoder = new TranscriptDecoder(maxBytes);
        this.timing = new CueTimingRepair(wordsPerSecond, CueTimingRepair.DEFAULT_MAX_GAP_SECONDS);
        this.clock = Objects.requireNonNull(clock, "clock");
        RelativeAgeParser ages = new RelativeAgeParser();
        Map<TranscriptFormat, FormatParser> byFormat = new EnumMap<>(TranscriptFormat.class);
        byFormat.put(TranscriptFormat.PAGE, new PageTranscriptParser(ages));
        byFormat.put(TranscriptFormat.WEBVTT, new WebVttParser());
        byFormat.put(TranscriptFormat.SRT, new SrtParser());
        byFormat.put(TranscriptFormat.SPEAKER, new SpeakerTranscriptParser());
        byFormat.put(TranscriptFormat.PLAIN, new PlainTextParser(wordsPerSecond));
        this.parsers = Map.copyOf(byFormat);
        this.metadata = new DescriptionMetadata.Extractor(ages);
        this.languages = LanguageIdentifier.withDefaults();
    }

    /**
     * Reads one transcript.
     *
     * @param raw   the bytes as received
     * @param hints what the caller knows; null means {@link ParseHints#none()}
     * @throws InvalidTranscriptException with the {@link Code} of the first problem found
     */
    public ParsedTranscript parse(byte[] raw, ParseHints hints) {
        ParseHints h = hints == null ? ParseHints.none() : hints;
        Optional<TranscriptFormat> requested = requestedFormat(h.format());
        TranscriptDecoder.DecodedText decoded = decoder.decode(raw);
        TranscriptFormat format = requested.orElseGet(() -> detector.detect(decoded.text()));
        ParseResult parsed = parsers.get(format).parse(decoded.text());
        if (parsed.lines().isEmpty()) {
            throw new InvalidTranscriptException(Code.NO_CUES,
                    "no cue found in the transcript read as " + format.id());
        }
        CueTimingRepair.Repaired repaired = timing.repair(parsed.lines());
        List<Cue> cues = repaired.cues();

        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(parsed.warnings());
        warnings.addAll(repaired.warnings());

        LocalDate reference = h.referenceDate() != null ? h.referenceDate() : LocalDate.now(clock);
        DescriptionMetadata described = metadata.extract(parsed.header(), reference);
        warnings.addAll(described.warnings());
        String language = language(cues, h.language(), warnings);

        EpisodeMetadata episode = new EpisodeMetadata(
                firstPresent(h.show(), described.show()),
                blankToNull(h.title()),
                h.airDate() != null ? h.airDate() : described.airDate(),
                described.host(),
                described.guests(),
                described.topics(),
                described.description(),
                language,
                cues.get(cues.size() - 1).end());
        return new ParsedTranscript(format, cues, episode, parsed.chapterHints(), parsed.timesEstimated(), warnings,
                sha256(raw), raw.length);
    }

    private static Optional<TranscriptFormat> requestedFormat(String format) {
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase(TranscriptFormat.AUTO)) {
            return Optional.empty();
        }
        return Optional.of(TranscriptFormat.fromId(format));
    }

    private String language(List<Cue> cues, String hint, List<String> warnings) {
        String text = cues.stream().map(Cue::text).limit(2_000).collect(Collectors.joining(" "));
        Optional<String> detected = languages.detect(text);
        String hinted = normaliseLanguage(hint);
        if (detected.isPresent()) {
            if (hinted != null && !hinted.equals(detected.get())) {
                warnings.add("detected language '" + detected.get() + "' differs from the announced '" + hinted + "'");
            }
            return detected.get();
        }
        warnings.add("language detection unsure; using " + (hinted != null ? "the announced '" + hinted + "'" : "'und'"));
        return hinted != null ? hinted : UNDETERMINED_LANGUAGE;
    }

    /** "fr-FR", "FR", "fr_CA" → "fr"; blank → null. */
    private static String normaliseLanguage(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static String firstPresent(String preferred, String fallback) {
        String p = blankToNull(preferred);
        return p != null ? p : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] raw) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
