package media.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness pieces, quickly: corpus conversion and one in-process pass. The benchmarks run only by bin/bench. */
class HarnessSmokeTest {
    private final Corpus corpus = new Corpus(Path.of("..").toAbsolutePath().normalize(), Path.of("/nonexistent"));

    @Test
    void timesAreFormattedForWebVttAndPages() {
        assertThat(Corpus.vttTime(3723.5)).isEqualTo("01:02:03.500");
        assertThat(Corpus.pageTime(65)).isEqualTo("01:05");
        assertThat(Corpus.pageTime(3723)).isEqualTo("1:02:03");
        assertThat(Corpus.vtt(List.of(new Corpus.Line(0, 1.5, "Ann", "hello")))).isEqualTo(
                "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n<v Ann>hello\n\n");
    }

    @Test
    void repeatingShiftsTimesForwardUpToTheLength() {
        List<Corpus.Line> lines = Corpus.repeat(List.of(new Corpus.Line(0, 0, null, "a"), new Corpus.Line(10, 0, null, "b")), 40);
        assertThat(lines).extracting(Corpus.Line::start).containsExactly(0.0, 10.0, 15.0, 25.0, 30.0);
    }

    @Test
    void repeatingWithAPeriodStartsEachRoundOnItsMultiple() {
        List<Corpus.Line> lines = Corpus.repeat(List.of(new Corpus.Line(0, 0, null, "a"), new Corpus.Line(10, 0, null, "b")), 45, 20);
        assertThat(lines).extracting(Corpus.Line::start).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
        assertThatThrownBy(() -> Corpus.repeat(List.of(new Corpus.Line(0, 0, null, "a")), 45, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSampleSeriesCarriesItsLengthsMultipleOfTheFifteenMinuteText() {
        String unit = body(corpus.sampleRepeated(15 * 60));
        String threeHours = body(corpus.sampleRepeated(3 * 3600));
        assertThat(threeHours.lines().count()).isEqualTo(12 * unit.lines().count());
        // the text of each 15-minute round is the first one's, only the times move
        assertThat(threeHours.replaceAll("(?m)^[0-9:]+", "")).isEqualTo(unit.replaceAll("(?m)^[0-9:]+", "").repeat(12));
        assertThat(body(corpus.sampleRepeated(10 * 60)).lines().count()).isLessThan(unit.lines().count());
    }

    /** The cue lines of a page episode: those after the sample's header. */
    private String body(Episode e) {
        String header = corpus.sampleHead(0).text();
        assertThat(e.text()).startsWith(header);
        return e.text().substring(header.length());
    }

    @Test
    void theStagesRunOnASmallEpisode() {
        Episode small = corpus.sampleHead(120);
        Stages.Timing t = new Stages().run(small);
        assertThat(t.cues()).isPositive();
        assertThat(t.chapters()).isPositive();
        assertThat(corpus.sampleRepeated(2 * 3600).seconds()).isEqualTo(7200);
    }

    @Test
    void metricValuesIgnoreExemplars() {
        assertThat(ServiceProcess.sampleValue("pipeline_stage_duration_seconds_count{stage=\"segment\"} 3.0 "
                + "# {span_id=\"c9da\",trace_id=\"617b\"} 1.0 1795697509.800")).isEqualTo(3.0);
        assertThat(ServiceProcess.sampleValue("pipeline_stage_duration_seconds_sum{stage=\"segment\"} 0.734562827"))
                .isEqualTo(0.734562827);
    }

    @Test
    void theReportNamesTheCommitItRanOn() {
        assertThat(BenchMain.sources(Path.of("..").toAbsolutePath().normalize())).matches("commit `[0-9a-f]{12}`.*");
        assertThat(BenchMain.sources(Path.of("/proc"))).startsWith("unknown");
    }
}
