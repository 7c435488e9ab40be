package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueTimingRepairTest {
    private final CueTimingRepair repair = new CueTimingRepair(2.5, 600);

    /** starts;ends (NaN = none);expected starts;expected ends;expected warning (or empty). */
    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = ';', value = {
            "0,4,8;NaN,NaN,NaN;0,4,8;4,8,9;;open ends from next start, last at least 1 s",
            "0,10,5;NaN,NaN,NaN;0,10,10;10,10,11;timestamp goes backwards at cue 3 (00:05 after 00:10);backwards clamped",
            "0,5;6,9;0,5;5,9;1 overlapping cues trimmed to the next cue's start;overlap trimmed",
            "0,900;NaN,NaN;0,900;1,901;gap of 15 min before cue 2 (15:00 after 00:00);large gap kept",
            "3,3;NaN,NaN;3,3;3,4;;same start twice",
            "5;2;5;6;cue 1 ends before it starts (00:02 before 00:05);end before start"})
    void repairs(String starts, String ends, String expectedStarts, String expectedEnds, String warning, String label) {
        double[] s = doubles(starts);
        double[] e = doubles(ends);
        List<TimedLine> lines = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            lines.add(new TimedLine(s[i], e[i], null, "un deux"));
        }

        CueTimingRepair.Repaired repaired = repair.repair(lines);

        assertThat(repaired.cues()).extracting(Cue::start).containsExactly(boxed(doubles(expectedStarts)));
        assertThat(repaired.cues()).extracting(Cue::end).containsExactly(boxed(doubles(expectedEnds)));
        if (warning == null) {
            assertThat(repaired.warnings()).isEmpty();
        } else {
            assertThat(repaired.warnings()).containsExactly(warning);
        }
    }

    @Test
    void lastOpenCueLastsAsLongAsItsWords() {
        String twentyWords = "mot ".repeat(20).strip();
        var repaired = repair.repair(List.of(TimedLine.open(10, null, twentyWords)));
        assertThat(repaired.cues().get(0).end()).isEqualTo(18.0);
    }

    @Test
    void capsRepeatedWarnings() {
        List<TimedLine> lines = new ArrayList<>();
        lines.add(TimedLine.open(1000, null, "début"));
        for (int i = 0; i < 30; i++) {
            lines.add(TimedLine.open(i, null, "recul"));
        }
        var repaired = repair.repair(lines);
        assertThat(repaired.warnings()).hasSize(CueTimingRepair.MAX_WARNINGS_PER_KIND + 1)
                .last().isEqualTo("... and 10 more timestamps going backwards");
        assertThat(repaired.cues()).extracting(Cue::start).containsOnly(1000.0);
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> new CueTimingRepair(0, 600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CueTimingRepair(Double.NaN, 600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CueTimingRepair(2.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] doubles(String csv) {
        String[] parts = csv.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].strip());
        }
        return out;
    }

    private static Double[] boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Double[]::new);
    }
}
