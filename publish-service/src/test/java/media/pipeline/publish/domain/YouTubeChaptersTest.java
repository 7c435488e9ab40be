package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import media.pipeline.contracts.ChaptersPublished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class YouTubeChaptersTest {
    private final YouTubeChapters youTube = new YouTubeChapters();
    private static final Pattern LINE = Pattern.compile("^(?:(\\d+):([0-5]\\d)|(\\d+):([0-5]\\d):([0-5]\\d)) (\\S.*)$");

    /** Checks YouTube's rules on a chapter list and returns the start seconds. */
    static List<Long> validate(List<String> lines, double videoLength) {
        List<Long> starts = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("line '%s'", line).isTrue();
            assertThat(line).doesNotContain("<", ">", "\n");
            starts.add(m.group(1) != null
                    ? Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))
                    : Long.parseLong(m.group(3)) * 3600 + Long.parseLong(m.group(4)) * 60 + Long.parseLong(m.group(5)));
            if (m.group(1) != null) {
                assertThat(Long.parseLong(m.group(1))).as("M:SS only under an hour").isLessThan(60);
            }
        }
        if (!starts.isEmpty()) {
            assertThat(lines.get(0)).startsWith("0:00 ");
        }
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).as("ascending, 10 s apart: %s", lines).isGreaterThanOrEqualTo(10);
        }
        return starts;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("first chapter shown at 0:00", Chapters.of(600, 12, 100, "Intro", 100, 300, "Sujet", 300, 600, "Fin"),
                        List.of("0:00 Intro", "1:40 Sujet", "5:00 Fin")),
                Arguments.of("short middle chapter merges into the previous",
                        Chapters.of(600, 0, 100, "A", 100, 105, "Court", 105, 300, "B", 300, 600, "C"),
                        List.of("0:00 A", "1:45 B", "5:00 C")),
                Arguments.of("short first chapter merges into the next, which starts at 0:00",
                        Chapters.of(600, 0, 4, "Jingle", 4, 100, "A", 100, 300, "B", 300, 600, "C"),
                        List.of("0:00 A", "1:40 B", "5:00 C")),
                Arguments.of("short last chapter merges into the previous",
                        Chapters.of(305, 0, 100, "A", 100, 200, "B", 200, 298, "C", 298, 305, "Générique"),
                        List.of("0:00 A", "1:40 B", "3:20 C")),
                Arguments.of("unsorted, overlapping, sub-second",
                        Chapters.of(0, 200, 400, "C", 0, 120, "A", 100.7, 210, "B"),
                        List.of("0:00 A", "1:40 B", "3:20 C")),
                Arguments.of("hours", Chapters.of(7400, 0, 1800, "A", 1800, 3723, "B", 3723, 7400, "C"),
                        List.of("0:00 A", "30:00 B", "1:02:03 C")),
                Arguments.of("titles on one line without angle brackets",
                        Chapters.of(60, 0, 20, "<b>Gras</b>\nsuite", 20, 40, "a --> b", 40, 60, "Q&A 🤖"),
                        List.of("0:00 bGras/b suite", "0:20 a -- b", "0:40 Q&A 🤖")),
                Arguments.of("last chapter of unknown length is kept",
                        Chapters.of(0, 0, 30, "A", 30, 60, "B", 60, 0, "C"),
                        List.of("0:00 A", "0:30 B", "1:00 C")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesValidLists(String name, ChaptersPublished published, List<String> expected) {
        String text = youTube.write(published);
        assertThat(text).isEqualTo(String.join("\n", expected) + "\n");
        validate(List.of(text.split("\n")), published.durationSeconds());
    }

    @Test
    void fewerThanThreeChaptersGiveNoList() {
        ChaptersPublished two = Chapters.of(600, 0, 300, "A", 300, 600, "B");
        assertThat(youTube.write(two)).isEmpty();
        assertThat(youTube.lines(two)).containsExactly("0:00 A", "5:00 B");
        ChaptersPublished mergedToTwo = Chapters.of(600, 0, 300, "A", 300, 305, "x", 305, 600, "B");
        assertThat(youTube.write(mergedToTwo)).isEmpty();
        assertThat(youTube.write(Chapters.of(0))).isEmpty();
        assertThat(youTube.lines(Chapters.of(30, 0, 5, "Seul"))).containsExactly("0:00 Seul");
    }

    @Test
    void manyTinyChaptersCollapse() {
        Object[] triples = new Object[3 * 30];
        for (int i = 0; i < 30; i++) {
            triples[3 * i] = i * 4;
            triples[3 * i + 1] = i * 4 + 4;
            triples[3 * i + 2] = "T" + i;
        }
        List<String> lines = youTube.lines(Chapters.of(120, triples));
        validate(lines, 120);
        assertThat(lines).hasSizeLessThanOrEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource({"0,0:00", "5,0:05", "65,1:05", "3599,59:59", "3600,1:00:00", "36061,10:01:01"})
    void timestamps(long seconds, String expected) {
        assertThat(YouTubeChapters.timestamp(seconds)).isEqualTo(expected);
    }
}
