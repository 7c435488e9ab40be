package media.pipeline.contracts;

import java.util.List;

/**
 * One topical chapter found by segment-service.
 *
 * @param kind {@code INTRO}, {@code TOPIC} or {@code OUTRO}
 */
public record Segment(
        int index,
        double start,
        double end,
        String kind,
        List<Sentence> sentences,
        List<String> keywords,
        List<EntityMention> entities,
        List<String> speakers,
        String language) {

    public Segment {
        Require.time(start, "start");
        Require.time(end, "end");
        kind = kind == null ? "TOPIC" : kind;
        sentences = Require.list(sentences);
        keywords = Require.list(keywords);
        entities = Require.list(entities);
        speakers = Require.list(speakers);
    }
}
