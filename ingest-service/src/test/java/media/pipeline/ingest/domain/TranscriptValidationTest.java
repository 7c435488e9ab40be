package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import media.pipeline.ingest.domain.InvalidTranscriptException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejection reason, and what is repaired instead of rejected. */
class TranscriptValidationTest {

    static Stream<Arguments> rejected() {
        byte[] latin1 = "00:01Café crème à l'été, déjà vu.\n00:05Très bien.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 10; i++) {
            controls[i * 20] = 0x1B;
        }
        return Stream.of(
                Arguments.of("no bytes", new byte[0], null, Code.EMPTY),
                Arguments.of("null", null, null, Code.EMPTY),
                Arguments.of("whitespace only", Fixtures.utf8(" \n\t\r\n  "), null, Code.EMPTY),
                Arguments.of("BOM then blank", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}, null, Code.EMPTY),
                Arguments.of("NUL byte", new byte[] {'h', 'i', 0, 'x'}, null, Code.BINARY),
                Arguments.of("control characters", controls, null, Code.BINARY),
                Arguments.of("Latin-1 text", latin1, null, Code.INVALID_UTF8),
                Arguments.of("UTF-16 without its byte-order mark", "00:01 Bonjour".getBytes(StandardCharsets.UTF_16LE), null, Code.BINARY),
                Arguments.of("UTF-16 with a NUL character", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "00:01 Bon\u0000jour".getBytes(StandardCharsets.UTF_16LE)), null, Code.BINARY),
                Arguments.of("UTF-16 byte-order mark then blank", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, ' ', 0, '\n'}, null, Code.EMPTY),
                Arguments.of("WebVTT header only", Fixtures.utf8("WEBVTT\n\nNOTE nothing here\n"), null, Code.NO_CUES),
                Arguments.of("page without cue lines", Fixtures.utf8("Catégorie\nTVTranscription\nCommentaires\n"), "page", Code.NO_CUES),
                Arguments.of("punctuation only", Fixtures.utf8("...\n"), "speaker", Code.NO_CUES),
                Arguments.of("unknown format", Fixtures.utf8("00:01 hi"), "docx", Code.UNKNOWN_FORMAT));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("rejected")
    void rejectsWithASpecificCode(String label, byte[] raw, String format, Code code) {
        assertThatThrownBy(() -> Fixtures.PARSER.parse(raw, ParseHints.format(format)))
                .isInstanceOfSatisfying(InvalidTranscriptException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> TranscriptFormat.fromId("docx"))
                .isInstanceOf(InvalidTranscriptException.class)
                .hasMessageContaining("auto, page, webvtt, srt, speaker, plain");
    }

    @Test
    void rejectsAboveTheSizeLimitButAcceptsAtIt() {
        TranscriptParser small = new TranscriptParser(64, 2.5, Clock.systemUTC());
        byte[] exactly64 = Fixtures.utf8("00:01 " + "a".repeat(58));
        byte[] over = Fixtures.utf8("00:01 " + "a".repeat(59));

        assertThat(small.parse(exactly64, ParseHints.none()).byteCount()).isEqualTo(64);
        assertThatThrownBy(() -> small.parse(over, ParseHints.none()))
                .isInstanceOfSatisfying(InvalidTranscriptException.class, e -> assertThat(e.code()).isEqualTo(Code.TOO_LARGE));
    }

    @Test
    void replacesAFewInvalidBytesWithAWarning() {
        String body = "00:01 Une ligne correcte et assez longue pour que l'octet isolé reste rare dans le fichier.\n"
                + "00:05 Encore une ligne parfaitement valide, en UTF-8, avec des accents : é, è, à, ç.\n";
        byte[] good = Fixtures.utf8(body);
        byte[] raw = Arrays.copyOf(good, good.length + 8);
        System.arraycopy(Fixtures.utf8("00:09 X"), 0, raw, good.length, 7);
        raw[good.length + 7] = (byte) 0xE9; // a stray Latin-1 "é"

        ParsedTranscript parsed = Fixtures.PARSER.parse(raw, ParseHints.none());

        assertThat(parsed.warnings()).contains("invalid UTF-8 replaced at 1 places");
        assertThat(parsed.cues().get(2).text()).isEqualTo("X\uFFFD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crlf", "cr", "bom"})
    void normalisesLineEndsAndDropsTheBom(String variant) {
        String text = "00:01 Bonjour\n00:05 Au revoir\n";
        byte[] raw = switch (variant) {
            case "crlf" -> Fixtures.utf8(text.replace("\n", "\r\n"));
            case "cr" -> Fixtures.utf8(text.replace("\n", "\r"));
            default -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Fixtures.utf8(text));
        };

        ParsedTranscript parsed = Fixtures.PARSER.parse(raw, ParseHints.none());

        assertThat(parsed.format()).isEqualTo(TranscriptFormat.PAGE);
        assertThat(parsed.cues()).extracting(c -> c.text()).containsExactly("Bonjour", "Au revoir");
        assertThat(parsed.byteCount()).isEqualTo(raw.length);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void decodesUtf16WithItsByteOrderMark(String charset) {
        String srt = "1\r\n00:00:01,000 --> 00:00:04,000\r\nBonjour à tous, l'été.\r\n\r\n"
                + "2\r\n00:00:04,500 --> 00:00:09,000\r\nÇa commence — 🎙️ en direct.\r\n";
        byte[] mark = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] raw = concat(mark, srt.getBytes(java.nio.charset.Charset.forName(charset)));

        ParsedTranscript parsed = Fixtures.PARSER.parse(raw, ParseHints.none());

        assertThat(parsed.format()).isEqualTo(TranscriptFormat.SRT);
        assertThat(parsed.cues()).extracting(c -> c.text()).containsExactly("Bonjour à tous, l'été.", "Ça commence — 🎙️ en direct.");
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.byteCount()).isEqualTo(raw.length);
    }

    @Test
    void utf16WithoutItsMarkIsRejectedWithAMessageThatSaysSo() {
        assertThatThrownBy(() -> Fixtures.PARSER.parse("00:01 Bonjour\n00:05 Au revoir\n".getBytes(StandardCharsets.UTF_16BE),
                ParseHints.none()))
                .isInstanceOfSatisfying(InvalidTranscriptException.class, e -> assertThat(e.code()).isEqualTo(Code.BINARY))
                .hasMessageContaining("looks like UTF-16 without a byte-order mark");
        assertThatThrownBy(() -> Fixtures.PARSER.parse(new byte[] {'h', 'i', 0, 'x', 'y', 'z', 'w', 'v', 'u', 't'}, ParseHints.none()))
                .hasMessageContaining("it is not a text file");
    }

    @Test
    void aTrailingOddByteInUtf16IsReplacedWithAWarning() {
        byte[] text = "00:01 Bonjour\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] raw = concat(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text), new byte[] {'x'});

        ParsedTranscript parsed = Fixtures.PARSER.parse(raw, ParseHints.none());

        assertThat(parsed.warnings()).contains("invalid UTF-16 replaced at 1 places");
        assertThat(parsed.cues().get(0).text()).startsWith("Bonjour");
    }

    @Test
    void hashesTheRawBytes() {
        ParsedTranscript parsed = Fixtures.PARSER.parse(Fixtures.utf8("abc"), ParseHints.format("plain"));
        assertThat(parsed.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void constructorRejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> new TranscriptParser(0, 2.5, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TranscriptParser(10, 0, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TranscriptParser(10, 2.5, null)).isInstanceOf(NullPointerException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
