package media.pipeline.segment.domain;

import java.util.Objects;

/**
 * Settings of {@link ChapterSegmenter}; the service adapter maps its configuration onto this record.
 *
 * @param chaptersPerHour    expected number of topic chapters per hour (see {@link Granularity}); with
 *                           {@code estimateCount} the text decides the actual count (up to 4 times it),
 *                           otherwise LIKELIHOOD cuts exactly that many and DEPTH within ±40 % of it
 * @param minChapterSeconds  no topic chapter shorter than this (the effective minimum is also at
 *                           least a quarter of the target chapter length)
 * @param blockSeconds       width of each side of the lexical comparison; 0 = derived from the target
 *                           chapter length (half of it, within 30–240 s)
 * @param markerWeight       weight of a host transition marker ("passons à", "moving on") at a gap,
 *                           against a lexical depth normalised to [0, 1]
 * @param topicWeight        weight of the onset of an announced topic at a gap
 * @param detectIntroOutro   whether to cut an opening (greetings, guests, agenda) and a closing
 *                           (thanks, goodbyes) into {@code INTRO} / {@code OUTRO} segments
 * @param method             how boundaries are chosen from the lexical evidence
 * @param sentences          how cues are joined into sentences
 * @param estimateCount      {@link BoundaryMethod#LIKELIHOOD} only: let the text decide how many chapters
 *                           there are (marginal likelihood with a prior leaning towards
 *                           {@code chaptersPerHour}) instead of cutting exactly that many
 * @param cohesionAgreement  {@link BoundaryMethod#LIKELIHOOD} with {@code estimateCount} only: keep an
 *                           estimated boundary only where the lexical depth curve agrees or an episode
 *                           signal backs it ({@link CohesionAgreement})
 */
public record SegmentationOptions(double chaptersPerHour, double minChapterSeconds, double blockSeconds,
                                  double markerWeight, double topicWeight, boolean detectIntroOutro,
                                  BoundaryMethod method, SentenceOptions sentences, boolean estimateCount,
                                  boolean cohesionAgreement) {

    public static final double DEFAULT_MIN_CHAPTER_SECONDS = 30;

    public SegmentationOptions {
        if (!(chaptersPerHour > 0) || chaptersPerHour > 600) {
            throw new IllegalArgumentException("chaptersPerHour must be in (0, 600], was " + chaptersPerHour);
        }
        if (!(minChapterSeconds >= 0)) {
            throw new IllegalArgumentException("minChapterSeconds must be >= 0, was " + minChapterSeconds);
        }
        if (!(blockSeconds >= 0)) {
            throw new IllegalArgumentException("blockSeconds must be >= 0 (0 = automatic), was " + blockSeconds);
        }
        if (!(markerWeight >= 0) || !(topicWeight >= 0)) {
            throw new IllegalArgumentException("weights must be >= 0");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(sentences, "sentences");
    }

    /**
     * Defaults: {@link Granularity#NORMAL}, 30 s minimum, automatic blocks, count estimated from the text,
     * boundaries checked against the depth curve.
     */
    public static SegmentationOptions defaults() {
        return of(Granularity.NORMAL);
    }

    public static SegmentationOptions of(Granularity granularity) {
        return new SegmentationOptions(granularity.chaptersPerHour(), DEFAULT_MIN_CHAPTER_SECONDS, 0, 0.35, 1.0,
                true, BoundaryMethod.LIKELIHOOD, SentenceOptions.defaults(), true, true);
    }

    public SegmentationOptions withChaptersPerHour(double value) {
        return new SegmentationOptions(value, minChapterSeconds, blockSeconds, markerWeight, topicWeight,
                detectIntroOutro, method, sentences, estimateCount, cohesionAgreement);
    }

    public SegmentationOptions withMinChapterSeconds(double value) {
        return new SegmentationOptions(chaptersPerHour, value, blockSeconds, markerWeight, topicWeight,
                detectIntroOutro, method, sentences, estimateCount, cohesionAgreement);
    }

    public SegmentationOptions withBlockSeconds(double value) {
        return new SegmentationOptions(chaptersPerHour, minChapterSeconds, value, markerWeight, topicWeight,
                detectIntroOutro, method, sentences, estimateCount, cohesionAgreement);
    }

    public SegmentationOptions withIntroOutro(boolean value) {
        return new SegmentationOptions(chaptersPerHour, minChapterSeconds, blockSeconds, markerWeight, topicWeight,
                value, method, sentences, estimateCount, cohesionAgreement);
    }

    public SegmentationOptions withMethod(BoundaryMethod value) {
        return new SegmentationOptions(chaptersPerHour, minChapterSeconds, blockSeconds, markerWeight, topicWeight,
                detectIntroOutro, value, sentences, estimateCount, cohesionAgreement);
    }

    public SegmentationOptions withSentences(SentenceOptions value) {
        return new SegmentationOptions(chaptersPerHour, minChapterSeconds, blockSeconds, markerWeight, topicWeight,
                detectIntroOutro, method, value, estimateCount, cohesionAgreement);
    }

    public SegmentationOptions withEstimatedCount(boolean value) {
        return new SegmentationOptions(chaptersPerHour, minChapterSeconds, blockSeconds, markerWeight, topicWeight,
                detectIntroOutro, method, sentences, value, cohesionAgreement);
    }

    public SegmentationOptions withCohesionAgreement(boolean value) {
        return new SegmentationOptions(chaptersPerHour, minChapterSeconds, blockSeconds, markerWeight, topicWeight,
                detectIntroOutro, method, sentences, estimateCount, value);
    }

    /** Target length of one topic chapter, in seconds. */
    public double targetChapterSeconds() {
        return 3600.0 / chaptersPerHour;
    }

    /** The minimum topic chapter length actually applied. */
    public double effectiveMinChapterSeconds() {
        return Math.max(minChapterSeconds, targetChapterSeconds() / 4);
    }

    /** The lexical block width actually applied. */
    public double effectiveBlockSeconds() {
        return blockSeconds > 0 ? blockSeconds : Math.max(30, Math.min(240, targetChapterSeconds() / 2));
    }
}
