package media.pipeline.contracts;

import java.util.List;

/** One published chapter with its summary. */
public record Chapter(
        int index,
        double start,
        double end,
        String headline,
        String gist,
        String summary,
        List<String> keywords,
        List<EntityMention> entities,
        List<String> speakers) {

    public Chapter {
        Require.time(start, "start");
        Require.time(end, "end");
        Require.text(headline, "headline");
        keywords = Require.list(keywords);
        entities = Require.list(entities);
        speakers = Require.list(speakers);
    }
}
