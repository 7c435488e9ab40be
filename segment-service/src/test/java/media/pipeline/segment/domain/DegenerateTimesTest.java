package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.Sentence;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transcripts whose times are degenerate: all equal, restarting at 00:00 (as ingest leaves them after
 * clamping: thousands of cues sharing one start), going backwards, jumping by hours, zero-length, or
 * advancing by a millisecond. Every time window used to span the whole stalled run at every gap
 * (quadratic time and memory: minutes and a 2 GB heap for a 30-minute page); now each window holds at
 * most what can be said in its seconds, and the segmenter still cuts the part whose times are usable.
 */
class DegenerateTimesTest {
    private static final ChapterSegmenter SEGMENTER = new ChapterSegmenter();
    private static final EpisodeMetadata EN = new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, "en", 0);
    private static final List<String> TOPICS = List.of(
            "The electric car battery needs lithium and the battery factory builds cells.",
            "The football season starts and the striker scored two goals in the stadium.",
            "Interest rates and central bank policy drive the bond market this year.",
            "The orchestra rehearsed the symphony and the violin soloist tuned her instrument.",
            "Farmers planted wheat early because the spring rain soaked the fields.",
            "The telescope observed a distant galaxy and astronomers measured its redshift.");
    /** Sentences in a stalled run: enough that the former quadratic windows could not finish. */
    private static final int STALLED = 4_000;

    record Case(List<Cue> cues, double usableUntil, int minChapters) {
    }

    static Stream<Arguments> cases() {
        List<Cue> restart = new ArrayList<>(normal(0, 900));
        restart.addAll(stalled(900, STALLED)); // second part restarted at 00:00, clamped by ingest
        List<Cue> backwards = new ArrayList<>(normal(0, 900));
        backwards.addAll(normal(0, 900)); // the same restart, not clamped
        List<Cue> jump = new ArrayList<>(normal(0, 900));
        jump.addAll(normal(36_000, 900)); // ten hours later
        List<Cue> zeroLength = normal(0, 900).stream().map(c -> new Cue(c.start(), c.start(), c.speaker(), c.text())).toList();
        List<Cue> millisecond = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            millisecond.add(new Cue(i * 0.001, i * 0.001 + 0.001, "Ann", TOPICS.get(i / 400 % TOPICS.size())));
        }
        return Stream.of(
                Arguments.of(Named.of("all equal", new Case(stalled(0, STALLED), 0, 1))),
                Arguments.of(Named.of("restart at 00:00, clamped", new Case(restart, 900, 2))),
                Arguments.of(Named.of("restart at 00:00, backwards", new Case(backwards, 900, 2))),
                Arguments.of(Named.of("ten-hour jump", new Case(jump, 36_900, 4))),
                Arguments.of(Named.of("zero-length cues", new Case(zeroLength, 900, 2))),
                Arguments.of(Named.of("a millisecond apart", new Case(millisecond, 4, 1))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void degenerate_times_give_tiled_chapters_with_bounded_windows(Case c) {
        SegmentationOptions options = SegmentationOptions.of(Granularity.NORMAL);
        List<Segment> chapters = SEGMENTER.segment(c.cues(), EN, List.of(), options);

        ChapterSegmenterTest.assertTiles(chapters);
        List<Double> chapterStarts = chapters.stream().map(Segment::start).toList();
        assertThat(chapterStarts).hasSizeGreaterThanOrEqualTo(c.minChapters());
        long sentences = chapters.stream().mapToLong(s -> s.sentences().size()).sum();
        List<Sentence> rebuilt = new SentenceBuilder(Language.ENGLISH, options.sentences()).build(c.cues());
        assertThat(sentences).as("every sentence in one chapter").isEqualTo(rebuilt.size());
        // no chapter is cut where the times give it no length: at most one per minimum chapter length
        // of usable time, plus the intro and the outro
        assertThat(chapterStarts.size()).isLessThanOrEqualTo(3 + (int) (c.usableUntil() / options.effectiveMinChapterSeconds()));
        assertThat(chapterStarts).allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(c.usableUntil()));

        // bounded work: no lexical window holds more than can be said in its seconds
        double[] starts = LexicalCohesion.nonDecreasing(rebuilt.stream().mapToDouble(Sentence::start).toArray());
        LexicalCohesion cohesion = new LexicalCohesion(options.effectiveBlockSeconds(), 2);
        int cap = cohesion.maxWindowSentences();
        int[][] windows = LexicalCohesion.windows(starts, options.effectiveBlockSeconds(), cap);
        for (int g = 1; g < starts.length; g++) {
            assertThat(windows[1][g] - windows[0][g]).isLessThanOrEqualTo(2 * cap);
        }
    }

    /** Speech from {@code start} for {@code seconds}: a cue every 5 s, the topic changing every 150 s. */
    private static List<Cue> normal(double start, double seconds) {
        List<Cue> out = new ArrayList<>();
        for (double t = 0; t < seconds; t += 5) {
            out.add(new Cue(start + t, start + t + 4.5, "Ann", TOPICS.get((int) (t / 150) % TOPICS.size())));
        }
        return out;
    }

    /** {@code count} zero-length cues all at {@code time}, topics changing every 400 cues. */
    private static List<Cue> stalled(double time, int count) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Cue(time, time, "Ann", TOPICS.get(i / 400 % TOPICS.size())));
        }
        return out;
    }
}
