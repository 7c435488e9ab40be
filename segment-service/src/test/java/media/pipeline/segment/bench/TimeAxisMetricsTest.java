package media.pipeline.segment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import media.pipeline.contracts.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeAxisMetricsTest {
    static Stream<Arguments> cases() {
        // 0..100 s, reference boundary at 50: k = 25
        return Stream.of(
                Arguments.of("perfect", List.of(50.0), 0.0, 0.0),
                Arguments.of("none", List.<Double>of(), 25.0 / 76, 25.0 / 76),
                Arguments.of("off by 10 s", List.of(60.0), 20.0 / 76, 20.0 / 76),
                Arguments.of("extra boundary at 90 s: probes starting 65..75 s", List.of(50.0, 90.0), 11.0 / 76, 11.0 / 76));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pk_and_window_diff(String name, List<Double> hyp, double pk, double wd) {
        assertThat(TimeAxisMetrics.window(List.of(50.0), 0, 100)).isEqualTo(25);
        assertThat(TimeAxisMetrics.pk(List.of(50.0), hyp, 0, 100)).isCloseTo(pk, within(1e-9));
        assertThat(TimeAxisMetrics.windowDiff(List.of(50.0), hyp, 0, 100)).isCloseTo(wd, within(1e-9));
    }

    @Test
    void reads_page_cue_lines_between_header_and_comments() {
        TimedTranscriptPage.Page p = TimedTranscriptPage.parse(List.of("Titre", "Transcription",
                "00:01Tech & Co, le débrief.", "00:05Voilà, on commence", "1:02:03Une heure après.", "Commentaires",
                "00:09pas une réplique"));
        assertThat(p.header()).containsExactly("Titre", "Transcription");
        assertThat(p.cues()).extracting(Cue::start).containsExactly(1.0, 5.0, 3723.0);
        assertThat(p.cues()).extracting(Cue::text).containsExactly("Tech & Co, le débrief.", "Voilà, on commence",
                "Une heure après.");
        assertThat(p.cues().get(0).end()).isEqualTo(5.0);
    }
}
