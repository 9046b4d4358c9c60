package org.eassms.eas.relay.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Tells an operator, once each way, that the dispatcher lost the Kafka cluster and got it back:
 * every two seconds it asks the cluster for its nodes; one WARN when that starts failing, one INFO
 * with the outage's length when it works again, and the gauge {@code eas_relay_kafka_up}. The
 * client's own per-attempt warnings are silenced in the configuration.
 */
@ApplicationScoped
public class KafkaReachability {
    private static final Logger LOG = Logger.getLogger(KafkaReachability.class);
    private static final Duration PERIOD = Duration.ofSeconds(2);

    private final KafkaAdmin admin;
    private final Vertx vertx;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile boolean reachable = true;
    private volatile long lostAtNanos;
    private long timer = -1;

    KafkaReachability(KafkaAdmin admin, Vertx vertx, MeterRegistry metrics) {
        this.admin = admin;
        this.vertx = vertx;
        Gauge.builder("eas.relay.kafka.up", this, r -> r.reachable ? 1 : 0)
                .description("1 while the dispatcher reaches the Kafka cluster")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(PERIOD.toMillis(), id -> check());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    private void check() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(
                        () -> {
                            admin.client()
                                    .describeCluster()
                                    .nodes()
                                    .get(KafkaAdmin.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                            return true;
                        })
                .subscribe()
                .with(
                        ok -> {
                            checking.set(false);
                            reached();
                        },
                        failure -> {
                            checking.set(false);
                            lost(failure);
                        });
    }

    private void reached() {
        if (!reachable) {
            reachable = true;
            LOG.infof(
                    "Kafka reachable again after %d ms",
                    Duration.ofNanos(System.nanoTime() - lostAtNanos).toMillis());
        }
    }

    private void lost(Throwable failure) {
        if (reachable) {
            reachable = false;
            lostAtNanos = System.nanoTime();
            LOG.warnf(
                    "Kafka unreachable (SMS wait in the outbox and are relayed when it is back):"
                            + " %s",
                    failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
    }
}
