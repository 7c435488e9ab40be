package media.pipeline.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpisodeRequestsTest {
    private static final String TEXT = "00:01Café crème à l'été, déjà vu — « Ça va ? »";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "'text/plain; charset=ISO-8859-1', ISO-8859-1",
            "'text/plain;charset=\"windows-1252\"', windows-1252",
            "'application/x-subrip; CHARSET=cp1252', windows-1252",
            "'text/vtt; charset=utf-16', UTF-16",
            "'text/plain; charset=UTF-8', UTF-8",
            "'text/plain; format=flowed; charset=utf8', UTF-8"})
    void aDeclaredCharsetIsReadAndTheBodyBecomesUtf8(String contentType, String charset) {
        String text = charset.equals("ISO-8859-1") ? TEXT.replace("—", "-").replace("« ", "\"").replace(" »", "\"") : TEXT;
        byte[] body = text.getBytes(Charset.forName(charset));

        assertThat(new String(EpisodeRequests.inDeclaredCharset(body, contentType), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"NULL", "text/plain", "'text/plain; charset='", "application/octet-stream"}, nullValues = "NULL")
    void withoutACharsetTheBytesAreKeptForTheDecoderToCheck(String contentType) {
        byte[] latin1 = TEXT.replace("—", "-").replace("« ", "\"").replace(" »", "\"").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(EpisodeRequests.inDeclaredCharset(latin1, contentType)).isSameAs(latin1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'text/plain; charset=ISO-8859-1'", "'text/plain; charset=windows-1252'"})
    void validUtf8LabelledLatin1ByAClientLibraryIsKeptAsUtf8(String contentType) {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);

        assertThat(EpisodeRequests.inDeclaredCharset(utf8, contentType)).isSameAs(utf8);
    }

    @ParameterizedTest
    @CsvSource({"'text/plain; charset=klingon'", "'text/plain; charset=\"a b\"'"})
    void anUnknownCharsetIsAClearError(String contentType) {
        assertThatThrownBy(() -> EpisodeRequests.inDeclaredCharset(new byte[] {'a'}, contentType))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported charset");
    }
}
