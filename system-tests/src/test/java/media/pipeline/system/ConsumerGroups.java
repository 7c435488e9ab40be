package media.pipeline.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

/** What the broker's group coordinator says about a consumer group (Kafka AdminClient). */
final class ConsumerGroups implements AutoCloseable {
    private final Admin admin;

    ConsumerGroups(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    /**
     * A group's state and, per member id, the partitions of {@code topic} assigned to it (sorted).
     *
     * @param members member id (kept by a live member across rebalances) to its partitions of the topic
     */
    record Assignment(String group, GroupState state, Map<String, List<Integer>> members) {
        boolean stableWith(int memberCount) {
            return state == GroupState.STABLE && members.size() == memberCount;
        }

        int partitions() {
            return members.values().stream().mapToInt(List::size).sum();
        }

        /** e.g. {@code [0, 1, 2]+[3, 4, 5]}, members in the order given (unknown ones last). */
        String describe(List<String> order) {
            StringBuilder b = new StringBuilder();
            order.stream().filter(members::containsKey).forEach(m -> b.append(b.length() == 0 ? "" : "+").append(members.get(m)));
            members.keySet().stream().filter(m -> !order.contains(m))
                    .forEach(m -> b.append(b.length() == 0 ? "" : "+").append(members.get(m)));
            return b.append(" (").append(state).append(')').toString();
        }
    }

    Assignment describe(String group, String topic) {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(20, TimeUnit.SECONDS);
            Map<String, List<Integer>> members = new TreeMap<>();
            for (MemberDescription m : d.members()) {
                members.put(m.consumerId(), m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(topic))
                        .map(tp -> tp.partition()).sorted().toList());
            }
            return new Assignment(group, d.groupState(), members);
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer group " + group + ": " + e, e);
        }
    }

    /** Polls the group every 250 ms until {@code done} holds; returns the last description either way. */
    Assignment await(String group, String topic, Predicate<Assignment> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Assignment last = describe(group, topic);
        while (!done.test(last) && System.nanoTime() < deadline) {
            ServiceProcess.sleep(250);
            last = describe(group, topic);
        }
        return last;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
