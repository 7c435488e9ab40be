package media.pipeline.segment.domain.enrich;

import java.util.List;

import media.pipeline.contracts.EntityMention;

/**
 * What enrichment found in one chapter.
 *
 * @param keywords readable words or two-word phrases, most characteristic first
 * @param entities named entities under their canonical names, most mentioned first
 */
public record Enrichment(List<String> keywords, List<EntityMention> entities) {
    public Enrichment {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
