package media.pipeline.segment.domain;

/** The kinds of {@link media.pipeline.contracts.Segment#kind()} this service emits. */
public enum SegmentKind {
    INTRO, TOPIC, OUTRO
}
