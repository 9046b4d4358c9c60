package org.eassms.eas.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads a topic shared with other tests until the records a test is looking for have arrived.
 *
 * <p>The broker lives for the whole test JVM, so a topic also holds what earlier tests published.
 * The companion's {@code awaitRecords(n)} fails as soon as more than {@code n} records are there,
 * which made tests depend on the order they ran in; this polls and filters instead.
 */
public final class TopicRecords {

    private static final Duration POLL = Duration.ofMillis(50);

    private TopicRecords() {}

    /**
     * The records of {@code topic} matching {@code mine}, once there are at least {@code count} of
     * them or {@code timeout} has passed (then the list is shorter, for the caller to assert on).
     */
    public static List<ConsumerRecord<String, String>> await(
            String topic,
            Predicate<ConsumerRecord<String, String>> mine,
            int count,
            Duration timeout) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
            // From the start of the topic, and noticing within half a second a topic that the
            // service creates (by publishing to it) only after this consumer subscribed; the
            // default metadata age is five minutes.
            ConsumerTask<String, String> records =
                    kafka.consumeStrings()
                            .withProp("auto.offset.reset", "earliest")
                            .withProp("metadata.max.age.ms", "500")
                            .fromTopics(topic);
            try {
                AtomicReference<List<ConsumerRecord<String, String>>> matching =
                        new AtomicReference<>(List.of());
                try {
                    Awaitility.await()
                            .atMost(timeout)
                            .pollInterval(POLL)
                            .until(
                                    () -> {
                                        matching.set(
                                                records.getRecords().stream()
                                                        .filter(mine)
                                                        .toList());
                                        return matching.get().size() >= count;
                                    });
                } catch (ConditionTimeoutException tooFew) {
                    // Fewer came: the caller asserts on what did.
                }
                return matching.get();
            } finally {
                records.close();
            }
        }
    }
}
