package media.pipeline.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which send failures park an outbox row: only refusals of the record itself, however they are wrapped. */
class SendFailuresTest {
    static Stream<Arguments> failures() {
        return Stream.of(
                // the record itself: sending it again cannot succeed
                Arguments.of("record too large", new RecordTooLargeException("1 MB"), true),
                Arguments.of("batch too large", new RecordBatchTooLargeException("batch"), true),
                Arguments.of("invalid record", new InvalidRecordException("bad"), true),
                Arguments.of("serialisation", new SerializationException("cannot"), true),
                Arguments.of("no sender for the channel", new SendFailures.NoSenderException("old-out"), true),
                Arguments.of("too large, wrapped twice", new CompletionException(new IllegalStateException(
                        "nacked", new RecordTooLargeException("1 MB"))), true),
                // may clear: retried in order
                Arguments.of("timeout", new TimeoutException("60000 ms"), false),
                Arguments.of("network", new NetworkException("gone"), false),
                Arguments.of("leader moved", new NotLeaderOrFollowerException("moved"), false),
                Arguments.of("topic missing", new UnknownTopicOrPartitionException("t"), false),
                Arguments.of("interrupted", new InterruptException("stop"), false),
                Arguments.of("ack not in time (Mutiny)", new io.smallrye.mutiny.TimeoutException(), false),
                // every record alike: an operator fixes them all at once, order kept
                Arguments.of("authentication", new AuthenticationException("sasl"), false),
                Arguments.of("topic authorisation", new TopicAuthorizationException("acl"), false),
                Arguments.of("other Kafka error", new KafkaException("unexpected"), false),
                Arguments.of("unknown", new IllegalStateException("who knows"), false),
                Arguments.of("nothing", null, false));
    }

    @ParameterizedTest(name = "[{index}] {0} -> lasting {2}")
    @MethodSource("failures")
    void parks_only_what_the_record_itself_causes(String name, Throwable failure, boolean lasting) {
        assertThat(SendFailures.lasting(failure)).isEqualTo(lasting);
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(SendFailures.lasting(b)).isFalse();
    }
}
