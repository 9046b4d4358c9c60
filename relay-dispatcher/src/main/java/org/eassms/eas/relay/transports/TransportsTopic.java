package org.eassms.eas.relay.transports;

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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.relay.config.RelayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final String bootstrapServers;
    private volatile boolean stopped;

    TransportsTopic(
            Vertx vertx,
            RelayConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.vertx = vertx;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
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
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000))) {
            NewTopic topic =
                    new NewTopic(
                                    Topics.SMS_TRANSPORTS,
                                    Optional.of(config.transportsPartitions()),
                                    Optional.empty())
                            .configs(
                                    Map.of(
                                            TopicConfig.CLEANUP_POLICY_CONFIG,
                                            TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(topic)).all().get(5, TimeUnit.SECONDS);
                LOG.infof("created topic %s", Topics.SMS_TRANSPORTS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                ConfigResource resource =
                        new ConfigResource(ConfigResource.Type.TOPIC, Topics.SMS_TRANSPORTS);
                admin.incrementalAlterConfigs(
                                Map.of(
                                        resource,
                                        List.of(
                                                new AlterConfigOp(
                                                        new ConfigEntry(
                                                                TopicConfig.CLEANUP_POLICY_CONFIG,
                                                                TopicConfig.CLEANUP_POLICY_COMPACT),
                                                        AlterConfigOp.OpType.SET))))
                        .all()
                        .get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new ExecutionException(e);
            }
        }
    }
}
