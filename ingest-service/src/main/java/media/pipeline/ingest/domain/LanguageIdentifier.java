package media.pipeline.ingest.domain;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Language of a transcript with lingua, restricted to the broadcast languages we expect (French, English,
 * German, Spanish, Italian, Dutch, Portuguese). Building the detector is costly, so one instance is built
 * and shared; lingua's detector is thread-safe and loads its models lazily, once per JVM.
 *
 * <p>lingua runs in its low-accuracy mode (trigram models only): on thousands of characters of speech it
 * answers like the full mode, at a fraction of the cost and memory. Only the first {@code sampleChars}
 * characters of the cue text are examined. The answer is empty (the
 * caller falls back to a hint, then "und") when the sample has fewer than {@value #MIN_LETTERS} letters or
 * lingua cannot separate the two best languages by {@code minimumRelativeDistance}.
 */
final class LanguageIdentifier {
    static final int DEFAULT_SAMPLE_CHARS = 3_000;
    static final double DEFAULT_MINIMUM_RELATIVE_DISTANCE = 0.1;
    static final int MIN_LETTERS = 20;
    static final List<Language> LANGUAGES = List.of(Language.FRENCH, Language.ENGLISH, Language.GERMAN,
            Language.SPANISH, Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE);

    private final LanguageDetector detector;
    private final int sampleChars;

    LanguageIdentifier(int sampleChars, double minimumRelativeDistance) {
        if (sampleChars <= 0) {
            throw new IllegalArgumentException("sampleChars must be > 0, was " + sampleChars);
        }
        if (minimumRelativeDistance < 0 || minimumRelativeDistance >= 1) {
            throw new IllegalArgumentException("minimumRelativeDistance must be in [0, 1), was " + minimumRelativeDistance);
        }
        this.sampleChars = sampleChars;
        this.detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                .withMinimumRelativeDistance(minimumRelativeDistance)
                .withLowAccuracyMode()
                .build();
    }

    static LanguageIdentifier withDefaults() {
        return new LanguageIdentifier(DEFAULT_SAMPLE_CHARS, DEFAULT_MINIMUM_RELATIVE_DISTANCE);
    }

    /** ISO 639-1 lowercase code, or empty when unsure. */
    Optional<String> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String sample = text.length() > sampleChars ? text.substring(0, sampleChars) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
