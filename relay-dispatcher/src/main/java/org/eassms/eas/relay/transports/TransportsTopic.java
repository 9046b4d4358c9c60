package org.eassms.eas.relay.transports;

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
import org.eassms.eas.relay.kafka.KafkaAdmin;
import org.jboss.logging.Logger;

/**
 * Makes sure {@code eas.sms-transports} exists and is compacted before the dispatcher replays it:
 * an auto-created topic would delete old events after its retention, and with them the transports
 * of everyone who registered long ago. In a cluster the operator's topic definition (deploy/) does
 * the same; this covers local runs and an existing topic made before compaction.
 */
@ApplicationScoped
public class TransportsTopic {
    private static final Logger LOG = Logger.getLogger(TransportsTopic.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final Vertx vertx;
    private final RelayConfig config;
    private final KafkaAdmin kafka;
    private volatile boolean stopped;

    TransportsTopic(Vertx vertx, RelayConfig config, KafkaAdmin kafka) {
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
                            ensureCompacted();
                            return true;
                        })
                .subscribe()
                .with(
                        ok -> LOG.infof("topic %s is compacted", Topics.SMS_TRANSPORTS),
                        failure -> {
                            LOG.debugf(
                                    "cannot check topic %s yet: %s",
                                    Topics.SMS_TRANSPORTS, failure.getMessage());
                            vertx.setTimer(RETRY.toMillis(), id -> ensure());
                        });
    }

    private void ensureCompacted()
            throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic topic =
                new NewTopic(
                                Topics.SMS_TRANSPORTS,
                                Optional.of(config.transportsPartitions()),
                                Optional.empty())
                        .configs(Map.of(CLEANUP_POLICY_CONFIG, CLEANUP_POLICY_COMPACT));
        try {
            await(kafka.client().createTopics(List.of(topic)).all());
            LOG.infof("created topic %s", Topics.SMS_TRANSPORTS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            ConfigResource resource =
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.SMS_TRANSPORTS);
            AlterConfigOp compact =
                    new AlterConfigOp(
                            new ConfigEntry(CLEANUP_POLICY_CONFIG, CLEANUP_POLICY_COMPACT),
                            AlterConfigOp.OpType.SET);
            await(kafka.client().incrementalAlterConfigs(Map.of(resource, List.of(compact))).all());
        }
    }

    private static void await(KafkaFuture<Void> call)
            throws InterruptedException, ExecutionException, TimeoutException {
        call.get(KafkaAdmin.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
