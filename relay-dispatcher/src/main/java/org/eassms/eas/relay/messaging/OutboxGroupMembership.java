package org.eassms.eas.relay.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready once this replica has joined the {@code eas.sms-outbox} consumer group and been given its
 * share of the partitions (possibly none, when the other replicas hold them all): before that an
 * SMS could wait for the group to form. A rolling restart then waits for the new replica to take
 * part before it stops the old one.
 */
@Readiness
@Default
@Identifier(OutboxGroupMembership.NAME)
@ApplicationScoped
public class OutboxGroupMembership implements KafkaConsumerRebalanceListener, HealthCheck {
    static final String NAME = "sms-outbox-group";
    private static final Logger LOG = Logger.getLogger(OutboxGroupMembership.class);

    private volatile boolean joined;

    @Override
    public void onPartitionsAssigned(
            Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined = true;
        LOG.infof("consuming %s", partitions);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sms-outbox-group-joined").status(joined).build();
    }
}
