package org.eassms.eas.relay.kafka;

import static org.apache.kafka.common.config.TopicConfig.CLEANUP_POLICY_COMPACT;
import static org.apache.kafka.common.config.TopicConfig.CLEANUP_POLICY_CONFIG;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.relay.config.RelayConfig;
import org.jboss.logging.Logger;

/**
 * Makes sure the wake path's topics exist before the first SMS needs them, so that SMS does not
 * wait for a topic to be created on its way and for the consumer group to learn of it (about a
 * second on a fresh system): {@code eas.sms-outbox}, and {@code eas.sms-transports} compacted (an
 * auto-created topic would delete old events after its retention, and with them the transports of
 * everyone who registered long ago; an older topic is switched to compaction). In a cluster the
 * operator's topic definitions (deploy/) do the same; this covers local runs and fresh systems.
 */
@ApplicationScoped
public class WakePathTopics {
    private static final Logger LOG = Logger.getLogger(WakePathTopics.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final Vertx vertx;
    private final RelayConfig config;
    private final KafkaAdmin kafka;
    private volatile boolean stopped;

    WakePathTopics(Vertx vertx, RelayConfig config, KafkaAdmin kafka) {
        this.vertx = vertx;
        this.config = config;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent event) {
        ensure();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    private void ensure() {
        if (stopped) {
            return;
        }
        // The Admin client blocks: a worker thread, never the event loop.
        vertx.executeBlocking(
                        () -> {
                            create(new NewTopic(Topics.SMS_OUTBOX, partitions(), Optional.empty()));
                            ensureCompacted();
                            return true;
                        })
                .subscribe()
                .with(
                        ok ->
                                LOG.infof(
                                        "topics %s and %s (compacted) are there",
                                        Topics.SMS_OUTBOX, Topics.SMS_TRANSPORTS),
                        failure -> {
                            LOG.debugf("cannot check the topics yet: %s", failure.getMessage());
                            vertx.setTimer(RETRY.toMillis(), id -> ensure());
                        });
    }

    private Optional<Integer> partitions() {
        return Optional.of(config.topicPartitions());
    }

    /** Creates the topic; false when it was there already. */
    private boolean create(NewTopic topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            await(kafka.client().createTopics(List.of(topic)).all());
            LOG.infof("created topic %s", topic.name());
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    private void ensureCompacted()
            throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic topic =
                new NewTopic(Topics.SMS_TRANSPORTS, partitions(), Optional.empty())
                        .configs(Map.of(CLEANUP_POLICY_CONFIG, CLEANUP_POLICY_COMPACT));
        if (create(topic)) {
            return;
        }
        ConfigResource resource =
                new ConfigResource(ConfigResource.Type.TOPIC, Topics.SMS_TRANSPORTS);
        AlterConfigOp compact =
                new AlterConfigOp(
                        new ConfigEntry(CLEANUP_POLICY_CONFIG, CLEANUP_POLICY_COMPACT),
                        AlterConfigOp.OpType.SET);
        await(kafka.client().incrementalAlterConfigs(Map.of(resource, List.of(compact))).all());
    }

    private static void await(KafkaFuture<Void> call)
            throws InterruptedException, ExecutionException, TimeoutException {
        call.get(KafkaAdmin.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
