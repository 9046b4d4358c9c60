package org.eassms.eas.relay.transports;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Whether the transports topic has been read up to where it ended when its partitions were
 * assigned: until then the dispatcher does not know every user's transports and is not ready. Runs
 * on the consumer's polling thread (the rebalance listener) and the consuming thread.
 */
@ApplicationScoped
@Default
@Identifier(ReplayProgress.NAME)
public class ReplayProgress implements KafkaConsumerRebalanceListener {
    static final String NAME = "transports-replay";
    private static final Logger LOG = Logger.getLogger(ReplayProgress.class);

    /** Per partition: the offset the replay must reach (the end when it was assigned). */
    private final Map<TopicPartition, Long> remaining = new ConcurrentHashMap<>();

    private volatile boolean assigned;
    private volatile boolean replayed;

    @Override
    public void onPartitionsAssigned(
            Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            long end = ends.getOrDefault(partition, 0L);
            if (consumer.position(partition) < end) {
                remaining.put(partition, end);
            }
        }
        assigned = true;
        check();
    }

    /** The consumer read up to {@code offset} of that partition. */
    void consumed(String topic, int partition, long offset) {
        if (replayed) {
            return;
        }
        TopicPartition key = new TopicPartition(topic, partition);
        remaining.computeIfPresent(key, (p, end) -> offset + 1 >= end ? null : end);
        check();
    }

    private void check() {
        if (!replayed && assigned && remaining.isEmpty()) {
            replayed = true;
            LOG.info("SMS transports replayed: the dispatcher knows every user's transports");
        }
    }

    public boolean replayed() {
        return replayed;
    }
}
