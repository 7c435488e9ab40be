package media.pipeline.segment.domain.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.Sentence;

class SampleTranscriptTest {
    private static final ChapterEnricher ENRICHER = ChapterEnricher.withDefaults();

    @Test
    void debugDump() {
        List<Sentence> all = SampleTranscript.sentences();
        Enrichment e = ENRICHER.enrich(all, List.of(all), SampleTranscript.metadata(), "fr");
        System.out.println("KEYWORDS " + e.keywords());
        for (EntityMention m : e.entities()) {
            System.out.println("ENTITY " + m);
        }
        assertThat(all).isNotEmpty();
    }
}
