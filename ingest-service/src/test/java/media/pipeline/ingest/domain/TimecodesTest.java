package media.pipeline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimecodesTest {
    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"00:05,5", "0:01,1", "26:12,1572", "75:30,4530", "1:02:03,3723", "00:00:12,12", "00:00:01.500,1.5",
            "'00:01:02,250',62.25", "01:02.5,62.5"})
    void readsClockTimes(String clock, double seconds) {
        assertThat(Timecodes.seconds(clock)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "1:75:00", "00:60", "a:bc"})
    void rejectsWhatIsNoClockTime(String clock) {
        assertThatThrownBy(() -> Timecodes.seconds(clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsMinutesAndHours() {
        assertThat(Timecodes.format(65.9)).isEqualTo("01:05");
        assertThat(Timecodes.format(3723)).isEqualTo("1:02:03");
    }
}
