package media.pipeline.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

class WebVttChaptersTest {
    private final WebVttChapters vtt = new WebVttChapters();

    record Cue(String id, long start, long end, String title) {
    }

    private static final Pattern TIMING = Pattern.compile(
            "^(\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3}) --> (\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})$");
    private static final Pattern REFERENCE = Pattern.compile("&(amp|lt|gt);");

    /** A strict reader of WebVTT chapter tracks: fails on anything a validator would reject. */
    static List<Cue> parse(String text) {
        assertThat(text).startsWith("WEBVTT\n").doesNotContain("\r").endsWith("\n");
        List<Cue> cues = new ArrayList<>();
        if (text.equals("WEBVTT\n")) {
            return cues;
        }
        assertThat(text).as("blank line after the header").startsWith("WEBVTT\n\n");
        String[] blocks = text.substring("WEBVTT\n\n".length()).split("\n\n", -1);
        for (int b = 0; b < blocks.length; b++) {
            String block = b == blocks.length - 1 ? blocks[b].replaceFirst("\n$", "") : blocks[b];
            String[] lines = block.split("\n", -1);
            assertThat(lines.length).as("identifier, timing, payload in: %s", block).isEqualTo(3);
            String id = lines[0];
            assertThat(id).isNotBlank().doesNotContain("-->");
            Matcher m = TIMING.matcher(lines[1]);
            if (!m.matches()) {
                fail("bad timing line: " + lines[1]);
            }
            long start = millis(m, 1);
            long end = millis(m, 5);
            assertThat(end).as("end after start in %s", lines[1]).isGreaterThan(start);
            String payload = lines[2];
            assertThat(payload).isNotBlank().doesNotContain("-->").doesNotContain("<").doesNotContain(">");
            String withoutRefs = REFERENCE.matcher(payload).replaceAll("");
            assertThat(withoutRefs).as("every & is a reference").doesNotContain("&");
            cues.add(new Cue(id, start, end, payload.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")));
        }
        for (int i = 1; i < cues.size(); i++) {
            assertThat(cues.get(i).start()).as("chapters sorted and not overlapping").isGreaterThanOrEqualTo(cues.get(i - 1).end());
        }
        assertThat(cues.stream().map(Cue::id).distinct().count()).as("unique identifiers").isEqualTo(cues.size());
        return cues;
    }

    private static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(m.group(group + 3));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain", Chapters.of(300, 0, 95, "Introduction", 95, 300, "OVHcloud : retour"),
                        List.of(new Cue("chapter-1", 0, 95_000, "Introduction"),
                                new Cue("chapter-2", 95_000, 300_000, "OVHcloud : retour"))),
                Arguments.of("arrow, markup and ampersand in titles",
                        Chapters.of(20, 0, 10, "A --> B", 10, 20, "<script>alert('x')</script> R&D <b>"),
                        List.of(new Cue("chapter-1", 0, 10_000, "A --> B"),
                                new Cue("chapter-2", 10_000, 20_000, "<script>alert('x')</script> R&D <b>"))),
                Arguments.of("multi-line title and Unicode",
                        Chapters.of(10, 0, 10, "Zoé Müller\n🤖 «\r\nLucie »"),
                        List.of(new Cue("chapter-1", 0, 10_000, "Zoé Müller 🤖 « Lucie »"))),
                Arguments.of("unsorted and overlapping",
                        Chapters.of(0, 50, 80, "Second", 0, 60, "First", 80, 90.5, "Third"),
                        List.of(new Cue("chapter-1", 0, 50_000, "First"), new Cue("chapter-2", 50_000, 80_000, "Second"),
                                new Cue("chapter-3", 80_000, 90_500, "Third"))),
                Arguments.of("unknown ends run to the next start, the last to the duration",
                        Chapters.of(100, 0, 0, "A", 40, 40, "B"),
                        List.of(new Cue("chapter-1", 0, 40_000, "A"), new Cue("chapter-2", 40_000, 100_000, "B"))),
                Arguments.of("zero-length chapters are dropped",
                        Chapters.of(0, 10, 10, "Empty", 10, 20.0004, "Kept", 20.0004, 20.0004, "Also empty"),
                        List.of(new Cue("chapter-1", 10_000, 20_000, "Kept"))),
                Arguments.of("past an hour", Chapters.of(0, 3599.9995, 37230.25, "Long"),
                        List.of(new Cue("chapter-1", 3_600_000, 37_230_250, "Long"))),
                Arguments.of("last chapter of unknown end is left out", Chapters.of(0, 0, 30, "A", 30, 0, "B"),
                        List.of(new Cue("chapter-1", 0, 30_000, "A"))),
                Arguments.of("no chapters", Chapters.of(0), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesAStrictlyValidTrack(String name, ChaptersPublished published, List<Cue> expected) {
        assertThat(parse(vtt.write(published))).containsExactlyElementsOf(expected);
    }

    @Test
    void exactText() {
        assertThat(vtt.write(Chapters.of(4000, 0, 3725.5, "Q&A <live>", 3725.5, 4000, "Fin")))
                .isEqualTo("""
                        WEBVTT

                        chapter-1
                        00:00:00.000 --> 01:02:05.500
                        Q&amp;A &lt;live&gt;

                        chapter-2
                        01:02:05.500 --> 01:06:40.000
                        Fin
                        """);
    }

    @ParameterizedTest
    @CsvSource({"0,00:00:00.000", "1,00:00:00.001", "59999,00:00:59.999", "3600000,01:00:00.000", "360000000,100:00:00.000"})
    void timestamps(long millis, String expected) {
        assertThat(WebVttChapters.timestamp(millis)).isEqualTo(expected);
    }
}
