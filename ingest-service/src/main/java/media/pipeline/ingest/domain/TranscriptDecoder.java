package media.pipeline.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
        rejectBinary(raw);
        int offset = hasUtf8Bom(raw) ? 3 : 0;
        List<String> warnings = new ArrayList<>();
        String text = decodeUtf8(raw, offset, warnings);
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
                throw new InvalidTranscriptException(Code.BINARY,
                        "the transcript contains a NUL byte at offset " + i + "; it is not a text file");
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if ((long) controls * 100 > (long) raw.length * MAX_CONTROL_SHARE_PERCENT) {
            throw new InvalidTranscriptException(Code.BINARY, controls + " of " + raw.length
                    + " bytes are control characters; it is not a text file");
        }
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
