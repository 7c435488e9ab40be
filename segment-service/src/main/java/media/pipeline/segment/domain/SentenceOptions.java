package media.pipeline.segment.domain;

/**
 * How cues are joined into sentences.
 *
 * @param maxWords           a sentence longer than this is cut (at a pause, a cue end or a comma)
 * @param maxSeconds         likewise for duration
 * @param pauseSeconds       without punctuation, a silence at least this long between two cues ends a
 *                           pseudo-sentence
 * @param hardPauseSeconds   with punctuation, a silence at least this long still ends a sentence
 * @param minPunctuationRate terminal marks (. ? ! …) per word below which a transcript counts as
 *                           unpunctuated and the pause/length fallback is used
 */
public record SentenceOptions(int maxWords, double maxSeconds, double pauseSeconds, double hardPauseSeconds,
                              double minPunctuationRate) {

    public static final SentenceOptions DEFAULTS = new SentenceOptions(60, 30.0, 0.8, 4.0, 0.02);

    public SentenceOptions {
        if (maxWords < 3) {
            throw new IllegalArgumentException("maxWords must be >= 3, was " + maxWords);
        }
        if (!(maxSeconds >= 1)) {
            throw new IllegalArgumentException("maxSeconds must be >= 1, was " + maxSeconds);
        }
        if (!(pauseSeconds > 0) || !(hardPauseSeconds >= pauseSeconds)) {
            throw new IllegalArgumentException("need 0 < pauseSeconds <= hardPauseSeconds, were "
                    + pauseSeconds + ", " + hardPauseSeconds);
        }
        if (!(minPunctuationRate >= 0) || minPunctuationRate > 1) {
            throw new IllegalArgumentException("minPunctuationRate must be in [0, 1], was " + minPunctuationRate);
        }
    }

    public static SentenceOptions defaults() {
        return DEFAULTS;
    }
}
