package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import media.pipeline.contracts.Segment;
import media.pipeline.segment.bench.SampleReference;
import media.pipeline.segment.bench.TimedTranscriptPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Tech &amp; Co sample (shared/samples, beside the repository) against the hand-made reference of
 * {@code src/test/resources/bench/tech-co-2025-10-21.reference.txt}.
 */
class SampleEpisodeTest {
    static final String SAMPLE = "shared/samples/tech-co-2025-10-21-dailymotion.txt";
    static List<Segment> segments;
    static SampleReference reference;

    @BeforeAll
    static void segment() throws IOException {
        Path file = locate();
        assumeTrue(file != null, SAMPLE + " not found beside the repository");
        TimedTranscriptPage.Page page = TimedTranscriptPage.read(file);
        reference = SampleReference.load();
        segments = new ChapterSegmenter().segment(page.cues(), reference.metadata(), List.of());
    }

    @Test
    void has_three_to_eight_chapters_with_intro_and_outro() {
        assertThat(segments).hasSizeBetween(3, 8);
        assertThat(segments.get(0).kind()).isEqualTo("INTRO");
        assertThat(segments.get(segments.size() - 1).kind()).isEqualTo("OUTRO");
        assertThat(segments).allSatisfy(s -> assertThat(s.language()).isEqualTo("fr"));
    }

    @Test
    void each_announced_topic_change_is_within_30_seconds_of_a_boundary() {
        List<Double> starts = segments.stream().skip(1).map(Segment::start).toList();
        // the three topic changes of the reference (the fourth reference boundary is the closing)
        for (double ref : reference.boundaries().subList(0, 3)) {
            assertThat(starts).as("boundary near %s s", ref).anySatisfy(b -> assertThat(Math.abs(b - ref)).isLessThanOrEqualTo(30));
        }
    }

    static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SAMPLE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
