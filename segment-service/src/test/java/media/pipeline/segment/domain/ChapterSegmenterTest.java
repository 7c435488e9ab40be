package media.pipeline.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.ChapterHint;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChapterSegmenterTest {
    private static final ChapterSegmenter SEGMENTER = new ChapterSegmenter();
    private static final EpisodeMetadata EN = new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, "en", 0);

    @Test
    void no_cues_no_segments() {
        assertThat(SEGMENTER.segment(List.of(), EN, List.of())).isEmpty();
        assertThat(SEGMENTER.segment(List.of(new Cue(0, 1, null, " ")), null, null)).isEmpty();
    }

    @Test
    void one_cue_is_one_topic_segment() {
        List<Segment> s = SEGMENTER.segment(List.of(new Cue(2, 5, "Ann", "Short remark about the weather.")), EN, null);
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("TOPIC");
            assertThat(x.start()).isEqualTo(2);
            assertThat(x.end()).isEqualTo(5);
            assertThat(x.speakers()).containsExactly("Ann");
            assertThat(x.language()).isEqualTo("en");
            assertThat(x.keywords()).isEmpty();
            assertThat(x.entities()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(BoundaryMethod.class)
    void finds_the_change_between_two_unrelated_topics(BoundaryMethod method) {
        List<Cue> cues = new ArrayList<>();
        cues.addAll(talk(0, "Ann", "The electric car battery needs lithium and the battery factory in Nevada builds cells.",
                "Battery prices fall as car makers buy more lithium cells for electric cars.", 40));
        cues.addAll(talk(400, "Bob", "The football season starts and the striker scored two goals in the stadium.",
                "Fans in the stadium cheered the goalkeeper and the football coach praised the striker.", 40));
        List<Segment> s = SEGMENTER.segment(cues, EN, List.of(),
                SegmentationOptions.of(Granularity.NORMAL).withIntroOutro(false).withMethod(method));
        assertThat(s).hasSizeGreaterThanOrEqualTo(2);
        assertThat(s.stream().skip(1).mapToDouble(Segment::start).map(t -> Math.abs(t - 400)).min().orElseThrow())
                .isLessThanOrEqualTo(30);
        assertTiles(s);
    }

    @Test
    void chapter_hints_become_boundaries_and_intro_outro_are_typed() {
        List<Cue> cues = new ArrayList<>();
        cues.add(new Cue(0, 5, "Host", "Hello and welcome to the show, my name is Ann."));
        cues.add(new Cue(5, 10, "Host", "Joining me today, our guest Bob, welcome Bob."));
        cues.add(new Cue(10, 14, "Bob", "Thanks for having me."));
        cues.addAll(talk(15, "Bob", "Interest rates and central bank policy drive the bond market.",
                "The bond market reacts when the central bank changes interest rates.", 30));
        cues.addAll(talk(315, "Bob", "Rates and the central bank matter for bonds too, and the bank policy is clear.",
                "Bond yields follow the bank rates and inflation expectations.", 30));
        cues.add(new Cue(615, 620, "Host", "That's all for today, thank you Bob."));
        cues.add(new Cue(620, 625, "Host", "Thanks for watching, goodbye and see you next week."));
        List<Segment> s = SEGMENTER.segment(cues, EN, List.of(new ChapterHint(316, "Part two")));
        assertThat(s.get(0).kind()).isEqualTo("INTRO");
        assertThat(s.get(0).end()).isBetween(10.0, 20.0);
        assertThat(s.get(s.size() - 1).kind()).isEqualTo("OUTRO");
        assertThat(s.get(s.size() - 1).start()).isEqualTo(615);
        assertThat(s).extracting(Segment::start).contains(315.0);
        assertThat(s.subList(1, s.size() - 1)).extracting(Segment::kind).containsOnly("TOPIC");
        assertThat(s.get(0).speakers()).containsExactly("Host", "Bob");
        assertTiles(s);
    }

    @Test
    void unpunctuated_french_is_segmented_too() {
        List<Cue> cues = new ArrayList<>();
        cues.addAll(talk(0, "L1", "les graphes orientés ont des sommets et des arcs et on parcourt le graphe en largeur",
                "un graphe avec des sommets reliés par des arcs se parcourt en profondeur aussi", 40));
        cues.addAll(talk(400, "L1", "la récursivité d'une fonction qui s'appelle elle même avec une condition d'arrêt",
                "une fonction récursive a un cas de base et un appel récursif sur une valeur plus petite", 40));
        EpisodeMetadata fr = new EpisodeMetadata(null, null, null, null, List.of(), List.of(), null, "fr", 0);
        List<Segment> s = SEGMENTER.segment(cues, fr, List.of());
        assertThat(s).extracting(Segment::language).containsOnly("fr");
        assertThat(s.stream().skip(1).mapToDouble(Segment::start).map(t -> Math.abs(t - 400)).min().orElseThrow())
                .isLessThanOrEqualTo(30);
    }

    @Test
    void options_are_checked() {
        assertThatThrownBy(() -> SegmentationOptions.defaults().withChaptersPerHour(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SegmentationOptions.defaults().withMinChapterSeconds(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SegmentationOptions.of(Granularity.FINE).effectiveMinChapterSeconds()).isEqualTo(30);
        assertThat(SegmentationOptions.of(Granularity.COARSE).effectiveBlockSeconds()).isEqualTo(240);
        assertThatThrownBy(() -> SEGMENTER.segment(null, EN, List.of())).isInstanceOf(NullPointerException.class);
    }

    /** {@code count} cues of 10 s alternating two sentences of one topic, from {@code start}. */
    static List<Cue> talk(double start, String speaker, String a, String b, int count) {
        return Stream.iterate(0, i -> i + 1).limit(count)
                .map(i -> new Cue(start + i * 10.0, start + i * 10.0 + 9.5, speaker, i % 2 == 0 ? a : b))
                .toList();
    }

    static void assertTiles(List<Segment> s) {
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.get(i).index()).isEqualTo(i);
            assertThat(s.get(i).sentences()).isNotEmpty();
            assertThat(s.get(i).end()).isGreaterThanOrEqualTo(s.get(i).start());
            if (i > 0) {
                assertThat(s.get(i).start()).isEqualTo(s.get(i - 1).end());
            }
        }
    }
}
