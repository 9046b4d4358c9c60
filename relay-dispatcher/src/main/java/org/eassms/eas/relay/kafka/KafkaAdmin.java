package org.eassms.eas.relay.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One Kafka admin client for the dispatcher's own questions to the cluster (is it reachable, is the
 * transports topic compacted), with short timeouts: its calls block, so callers run them on a
 * worker thread, never on the event loop.
 */
@ApplicationScoped
public class KafkaAdmin {
    /** How long one admin call may take before the cluster counts as unreachable. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;

    KafkaAdmin(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                                (int) TIMEOUT.toMillis(),
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                (int) TIMEOUT.toMillis(),
                                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                                1000));
    }

    public Admin client() {
        return admin;
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
