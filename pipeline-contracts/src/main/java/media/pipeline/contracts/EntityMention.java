package media.pipeline.contracts;

import java.util.List;

/**
 * A named entity in a segment or chapter: the canonical name, its type, how often it was mentioned,
 * and the forms the transcript actually used.
 */
public record EntityMention(String name, EntityType type, int mentions, List<String> surfaceForms) {
    public EntityMention {
        Require.text(name, "name");
        Require.present(type, "type");
        surfaceForms = Require.list(surfaceForms);
        if (mentions < 0) {
            throw new IllegalArgumentException("field 'mentions' must be >= 0");
        }
    }
}
