package media.pipeline.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventSizeTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "ascii", "Élysée Œuvre à 5 €", "日本語", "😀 emoji 𝐀", "\uD83D lone high", "lone low \uDE00",
            "\u07FF\u0800\uFFFF", "mixed \t\n\u0000 nul"})
    void counts_utf8_bytes_as_java_encodes_them(String s) {
        assertThat(EventSize.utf8Length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void counts_key_payload_and_headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", "é1");
        headers.put("ce_type", "t");
        assertThat(EventSize.of("key", "{\"a\":\"ü\"}", headers)).isEqualTo(3 + 10 + 5 + 3 + 7 + 1);
        assertThat(EventSize.of(null, null, Map.of())).isZero();
    }

    @Test
    void leaves_room_for_the_producer_framing() {
        assertThat(EventSize.limit(10_485_760)).isEqualTo(10_485_760 - EventSize.FRAMING);
        assertThat(EventSize.limit(EventSize.KAFKA_DEFAULT_MAX_REQUEST)).isLessThan(EventSize.KAFKA_DEFAULT_MAX_REQUEST);
        assertThatThrownBy(() -> EventSize.limit(EventSize.FRAMING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_the_sizes_in_the_message() {
        EventTooLargeException e = new EventTooLargeException("media.pipeline.TranscriptIngested.v1", "transcripts-out",
                13_537_614, 10_469_376);
        assertThat(e.getMessage()).contains("13,537,614").contains("10,469,376").contains("transcripts-out");
        assertThat(e.bytes()).isEqualTo(13_537_614);
        assertThat(e.limit()).isEqualTo(10_469_376);
    }
}
