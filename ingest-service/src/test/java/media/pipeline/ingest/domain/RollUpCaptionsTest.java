package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import media.pipeline.ingest.domain.RollUpCaptions.Caption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RollUpCaptionsTest {

    /** Each caption is "start-end:line1|line2"; the expected output uses the same form. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty", List.of(), List.of(), 0),
                Arguments.of("no repeats", List.of("0-2:a b", "2-4:c d"), List.of("0-2:a b", "2-4:c d"), 0),
                Arguments.of("roll-up", List.of("0-2:one", "2-4:one|two", "4-6:two|three"),
                        List.of("0-2:one", "2-4:two", "4-6:three"), 2),
                Arguments.of("transition cue dropped", List.of("0-2:one|two", "2-2.01:two", "2.01-4:two|three"),
                        List.of("0-2:one|two", "2.01-4:three"), 2),
                Arguments.of("a long whole repeat is speech", List.of("0-2:Oui.", "2-4:Oui."), List.of("0-2:Oui.", "2-4:Oui."), 0),
                Arguments.of("two-line overlap", List.of("0-2:a|b|c", "2-4:b|c|d"), List.of("0-2:a|b|c", "2-4:d"), 2),
                Arguments.of("whitespace differences", List.of("0-2:one  two", "2-4: one two|three"),
                        List.of("0-2:one  two", "2-4:three"), 1),
                Arguments.of("repeat not at the start kept", List.of("0-2:one|two", "2-4:three|two"),
                        List.of("0-2:one|two", "2-4:three|two"), 0),
                Arguments.of("unicode", List.of("0-2:café ☕ été", "2-4:café ☕ été|naïve"), List.of("0-2:café ☕ été", "2-4:naïve"), 1),
                Arguments.of("empty cue between", List.of("0-2:one", "2-3:", "3-5:one|two"), List.of("0-2:one", "2-3:", "3-5:two"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void removesRollUpRepeats(String label, List<String> in, List<String> expected, int removed) {
        RollUpCaptions.Result result = RollUpCaptions.dedupe(in.stream().map(RollUpCaptionsTest::caption).toList());

        assertThat(result.captions().stream().map(RollUpCaptionsTest::format).toList()).isEqualTo(expected);
        assertThat(result.removedLines()).isEqualTo(removed);
    }

    private static Caption caption(String s) {
        String[] timeAndText = s.split(":", 2);
        String[] times = timeAndText[0].split("-");
        List<String> lines = timeAndText[1].isEmpty() ? List.of() : Arrays.asList(timeAndText[1].split("\\|"));
        return new Caption(Double.parseDouble(times[0]), Double.parseDouble(times[1]), null, lines);
    }

    private static String format(Caption c) {
        return fmt(c.start()) + "-" + fmt(c.end()) + ":" + String.join("|", c.lines());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
