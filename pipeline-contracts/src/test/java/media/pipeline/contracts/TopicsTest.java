package media.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {
    private static final List<String> TOPICS = List.of(
            Topics.EPISODES_NEW, Topics.TRANSCRIPTS_INGESTED, Topics.SEGMENTS_ENRICHED, Topics.SUMMARIES_PUBLISHED);

    @Test
    void topicNamesAreThePublishedVersionedOnes() {
        assertThat(TOPICS).containsExactly(
                "episodes.new.v1", "transcripts.ingested.v1", "segments.enriched.v1", "summaries.published.v1");
        assertThat(TOPICS).allMatch(t -> t.matches("[a-z]+\\.[a-z]+\\.v[0-9]+"), "<name>.<event>.v<N>");
    }

    @Test
    void deadLetterTopicAppendsDlq() {
        assertThat(Topics.DLQ_SUFFIX).isEqualTo(".dlq");
        assertThat(TOPICS).extracting(Topics::deadLetter).containsExactly(
                "episodes.new.v1.dlq", "transcripts.ingested.v1.dlq", "segments.enriched.v1.dlq", "summaries.published.v1.dlq");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void deadLetterNeedsATopic(String topic) {
        assertThatThrownBy(() -> Topics.deadLetter(topic))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing required field 'topic'");
    }
}
