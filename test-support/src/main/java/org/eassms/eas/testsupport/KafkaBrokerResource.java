package org.eassms.eas.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.Map;

/**
 * A real single-node KRaft Kafka broker in the test JVM, on free ports (about 4 s to start): the
 * services' tests talk to it exactly as they would to a cluster. Also reachable as {@link
 * #bootstrapServers()} for tests that stop and restart it.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {
    private static volatile EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker =
                new EmbeddedKafkaBroker()
                        .withNodeId(1)
                        .withKafkaHost("127.0.0.1")
                        .withDeleteLogDirsOnClose(true)
                        .withAdditionalProperties(p -> p.put("auto.create.topics.enable", "true"))
                        .start();
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** host:port of the running broker. */
    public static String bootstrapServers() {
        return broker.getAdvertisedListeners().replace("PLAINTEXT://", "");
    }
}
