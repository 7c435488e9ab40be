package media.pipeline.runtime.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/** Which outbox send failures will not clear by sending the same record again. */
final class SendFailures {
    /** Causes looked at: a chain is short, but may loop (a cause's cause set back to it). */
    private static final int MAX_DEPTH = 32;

    private SendFailures() {
    }

    /**
     * Whether the failure is lasting and belongs to this one record: Kafka refused the record itself (too large for
     * the broker or the producer, a record it cannot accept or serialise), or the relay has no sender for the row's
     * channel (a channel renamed or removed since the row was written). Anything else is taken as passing and is
     * retried in order without end, as before: timeouts, the broker unreachable, and also refusals that concern
     * every record alike (authentication, authorisation on the topic), which an operator fixes for all of them at
     * once; parking them one by one would only reorder the events and leave each to be released by hand.
     */
    static boolean lasting(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof NoSenderException || t instanceof RecordTooLargeException
                    || t instanceof RecordBatchTooLargeException || t instanceof InvalidRecordException
                    || t instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    /** The row's channel has no sender in this service. */
    static final class NoSenderException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NoSenderException(String channel) {
            super("no sender for channel " + channel);
        }
    }
}
