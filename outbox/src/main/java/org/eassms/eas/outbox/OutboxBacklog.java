package org.eassms.eas.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * How many events wait in the outbox and how long the oldest has waited, as the gauges {@code
 * eas_outbox_pending} and {@code eas_outbox_oldest_age_seconds}: the operator's view of "Kafka is
 * down and SMS are piling up" (the alert EasOutboxBacklogGrowing). Measured at each poll interval
 * with one count over the unpublished rows' partial index; while the database is down the gauges
 * keep their last values (the readiness check reports the database).
 */
@ApplicationScoped
public class OutboxBacklog {
    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final String measure;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private long timer = -1;

    OutboxBacklog(
            Pool pool, Vertx vertx, OutboxConfig config, OutboxTable table, MeterRegistry metrics) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.measure =
                "select count(*), coalesce(extract(epoch from now() - min(timestamp)) * 1000, 0)"
                        + " from "
                        + table.name()
                        + " where published_at is null";
        Gauge.builder("eas.outbox.pending", pending, AtomicLong::get)
                .description("events written to the outbox and not yet acknowledged by Kafka")
                .tag("table", table.name())
                .register(metrics);
        Gauge.builder("eas.outbox.oldest.age", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("how long the oldest unpublished event has waited")
                .baseUnit("seconds")
                .tag("table", table.name())
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> measure());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void measure() {
        pool.query(measure)
                .execute()
                .subscribe()
                .with(
                        rows -> {
                            Row row = rows.iterator().next();
                            pending.set(row.getLong(0));
                            oldestAgeMillis.set(row.getNumeric(1).longValue());
                        },
                        failure -> LOG.debugf("outbox backlog not measured: %s", failure));
    }
}
