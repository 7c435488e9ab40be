package media.pipeline.segment.domain;

/** How topic boundaries are chosen from the lexical evidence. */
public enum BoundaryMethod {
    /**
     * Default. Globally optimal cut into the target number of chapters by unigram likelihood
     * ({@link LikelihoodSegmentation}), episode signals as boundary rewards.
     */
    LIKELIHOOD,
    /** TextTiling depth scores plus episode signals, best gaps taken greedily ({@link BoundarySelector}). */
    DEPTH
}
