package media.pipeline.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import media.pipeline.ingest.domain.InvalidTranscriptException.Code;

/**
 * First stage: checks the raw bytes and turns them into text with {@code \n} line ends.
 *
 * <p>Checks, in order: {@code EMPTY} (no bytes), {@code TOO_LARGE} (over {@code maxBytes}), {@code BINARY}
 * (a NUL byte, or more than {@value #MAX_CONTROL_SHARE_PERCENT} % of the bytes are C0 control characters
 * other than tab, line feed, carriage return and form feed, or DEL), {@code INVALID_UTF8}, then
 * {@code EMPTY} again if the decoded text is only whitespace.
 *
 * <p>Invalid UTF-8 policy: a few malformed sequences (a stray Latin-1 byte in an otherwise UTF-8 file) are
 * replaced by U+FFFD and reported by the warning "invalid UTF-8 replaced at N places". When malformed bytes
 * are more than {@value #MAX_INVALID_UTF8_PERCENT} % of all bytes the file is most likely in another
 * encoding (Latin-1, UTF-16...) and replacing would silently destroy every accented letter, so it is
 * rejected with {@code INVALID_UTF8}. A UTF-8 byte-order mark is dropped; CRLF and lone CR become LF.
 *
 * <p>UTF-16 with its byte-order mark ({@code FF FE} little-endian, {@code FE FF} big-endian: what Windows tools
 * save as "Unicode") is decoded as such, and the binary checks then apply to its characters. Without the mark it
 * is rejected as {@code BINARY} (its NUL bytes), with a message that says it looks like UTF-16.
 */
final class TranscriptDecoder {
    /** 5 MiB. */
    static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_CONTROL_SHARE_PERCENT = 2;
    static final int MAX_INVALID_UTF8_PERCENT = 1;

    private final int maxBytes;

    TranscriptDecoder(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Text ready for parsing, and what was repaired on the way. */
    record DecodedText(String text, List<String> warnings) {
        DecodedText {
            warnings = List.copyOf(warnings);
        }
    }

    DecodedText decode(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new InvalidTranscriptException(Code.EMPTY, "the transcript is empty");
        }
        if (raw.length > maxBytes) {
            throw new InvalidTranscriptException(Code.TOO_LARGE,
                    "the transcript has " + raw.length + " bytes; the limit is " + maxBytes);
        }
        List<String> warnings = new ArrayList<>();
        Charset utf16 = utf16ByteOrderMark(raw);
        String text;
        if (utf16 != null) {
            text = decodeUtf16(raw, utf16, warnings);
            rejectBinary(text);
        } else {
            rejectBinary(raw);
            text = decodeUtf8(raw, hasUtf8Bom(raw) ? 3 : 0, warnings);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InvalidTranscriptException(Code.EMPTY, "the transcript contains only whitespace");
        }
        return new DecodedText(text, warnings);
    }

    private static void rejectBinary(byte[] raw) {
        int controls = 0;
        for (int i = 0; i < raw.length; i++) {
            int b = raw[i] & 0xFF;
            if (b == 0) {
                throw new InvalidTranscriptException(Code.BINARY, "the transcript contains a NUL byte at offset " + i
                        + (looksLikeUtf16(raw) ? "; it looks like UTF-16 without a byte-order mark: send it as UTF-8, or as "
                        + "UTF-16 with its byte-order mark" : "; it is not a text file"));
            }
            if (isControl(b)) {
                controls++;
            }
        }
        rejectControls(controls, raw.length, "bytes");
    }

    /** The same checks on text decoded from UTF-16, per character. */
    private static void rejectBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InvalidTranscriptException(Code.BINARY,
                        "the transcript contains a NUL character at position " + i + "; it is not a text file");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        rejectControls(controls, text.length(), "characters");
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static void rejectControls(int controls, int total, String unit) {
        if ((long) controls * 100 > (long) total * MAX_CONTROL_SHARE_PERCENT) {
            throw new InvalidTranscriptException(Code.BINARY, controls + " of " + total
                    + " " + unit + " are control characters; it is not a text file");
        }
    }

    /**
     * UTF-16 text of a Latin script without a byte-order mark: in its first bytes, the high byte of most
     * characters is NUL (every other byte) and the low byte almost never is. Only used to explain a rejection:
     * without the mark the byte order and the encoding are a guess.
     */
    static boolean looksLikeUtf16(byte[] raw) {
        int n = Math.min(raw.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += raw[i] == 0 ? 1 : 0;
            oddNul += raw[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return Math.max(evenNul, oddNul) * 10 >= pairs * 4 && Math.min(evenNul, oddNul) * 20 < pairs;
    }

    /** UTF-16LE for FF FE, UTF-16BE for FE FF (as Windows tools write "Unicode" text), else null. */
    private static Charset utf16ByteOrderMark(byte[] raw) {
        if (raw.length < 2) {
            return null;
        }
        int b0 = raw[0] & 0xFF;
        int b1 = raw[1] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    /** After its byte-order mark; an unpaired surrogate or a trailing odd byte becomes U+FFFD, with a warning. */
    private static String decodeUtf16(byte[] raw, Charset charset, List<String> warnings) {
        String text = new String(raw, 2, raw.length - 2, charset);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) {
            warnings.add("invalid UTF-16 replaced at " + replaced + " places");
        }
        return text;
    }

    private static boolean hasUtf8Bom(byte[] raw) {
        return raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF;
    }

    private static String decodeUtf8(byte[] raw, int offset, List<String> warnings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw, offset, raw.length - offset);
        CharBuffer out = CharBuffer.allocate(raw.length - offset + 16);
        int places = 0;
        long badBytes = 0;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isError()) {
                places++;
                badBytes += result.length();
                in.position(in.position() + result.length());
                out.put('\uFFFD');
            } else if (result.isUnderflow()) {
                CoderResult flush = decoder.flush(out);
                if (flush.isError()) {
                    places++;
                    badBytes += flush.length();
                    out.put('\uFFFD');
                }
                break;
            } else {
                throw new IllegalStateException("UTF-8 output buffer overflow: " + result);
            }
        }
        if (badBytes * 100 > (long) (raw.length - offset) * MAX_INVALID_UTF8_PERCENT) {
            throw new InvalidTranscriptException(Code.INVALID_UTF8, badBytes + " of " + (raw.length - offset)
                    + " bytes are not valid UTF-8 (" + places + " places); send the transcript encoded in UTF-8");
        }
        if (places > 0) {
            warnings.add("invalid UTF-8 replaced at " + places + " places");
        }
        out.flip();
        return out.toString();
    }
}
