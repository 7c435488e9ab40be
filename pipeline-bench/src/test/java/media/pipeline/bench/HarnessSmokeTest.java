package media.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
