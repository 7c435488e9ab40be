package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same transcript gives the same chapters: twice in one segmenter, in a fresh one, and with the
 * cues handed over in another order. The input repeats one block of text many times, as the
 * benchmark's long episodes do, so that many cuts cost exactly the same and only a fixed tie-break
 * decides between them.
 */
class SegmentationDeterminismTest {
    private static final EpisodeMetadata EN = new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, "en", 0);

    @ParameterizedTest
    @EnumSource(BoundaryMethod.class)
    void repeated_text_segments_identically_every_time(BoundaryMethod method) {
        List<Cue> block = new ArrayList<>();
        block.addAll(ChapterSegmenterTest.talk(0, "Ann", "The electric car battery needs lithium and the battery factory builds cells.",
                "Battery prices fall as car makers buy more lithium cells.", 30));
        block.addAll(ChapterSegmenterTest.talk(300, "Bob", "The football season starts and the striker scored two goals.",
                "Fans in the stadium cheered the goalkeeper.", 30));
        block.addAll(ChapterSegmenterTest.talk(600, "Ann", "Interest rates and central bank policy drive the bond market.",
                "The bond market reacts when the central bank changes rates.", 30));
        List<Cue> cues = new ArrayList<>();
        for (int round = 0; round < 12; round++) { // 3 h of the same 15 minutes
            for (Cue c : block) {
                cues.add(new Cue(c.start() + round * 905, c.end() + round * 905, c.speaker(), c.text()));
            }
        }
        SegmentationOptions options = SegmentationOptions.of(Granularity.NORMAL).withMethod(method);
        ChapterSegmenter segmenter = new ChapterSegmenter();
        List<Segment> first = segmenter.segment(cues, EN, List.of(), options);
        List<Segment> again = segmenter.segment(cues, EN, List.of(), options);
        List<Segment> fresh = new ChapterSegmenter().segment(List.copyOf(cues), EN, List.of(), options);
        List<Cue> shuffled = new ArrayList<>(cues);
        Collections.shuffle(shuffled, new Random(7));
        List<Segment> reordered = new ChapterSegmenter().segment(shuffled, EN, List.of(), options);

        assertThat(first).hasSizeGreaterThan(3);
        assertThat(again).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }
}
