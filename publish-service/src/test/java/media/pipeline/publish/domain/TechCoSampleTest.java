package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import media.pipeline.contracts.Chapter;
import media.pipeline.contracts.ChaptersPublished;
import org.junit.jupiter.api.Test;

/** Headlines on the real sample episode. */
class TechCoSampleTest {
    @Test
    void headlines() {
        ChaptersPublished p = new ChapterSetBuilder(new ExtractiveSummarizer())
                .build(TechCoSample.episode(), 1, Instant.parse("2025-10-21T21:00:00Z"));
        for (Chapter c : p.chapters()) {
            System.out.println("HL " + c.index() + " | " + c.headline() + " | " + c.gist());
        }
        assertThat(p.chapters()).hasSize(5);
        new ChapterSetBuilder(new ExtractiveSummarizer()).build(FrenchTechShow.episode(), 1, Instant.EPOCH).chapters().forEach(c -> System.out.println("FT " + c.headline() + " | " + c.gist()));
    }
}
