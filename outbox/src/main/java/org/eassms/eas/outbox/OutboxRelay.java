package org.eassms.eas.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drives the {@link OutboxPublisher}: PostgreSQL NOTIFY (the table's insert trigger fires it when a
 * row commits) wakes it at once, so an event reaches Kafka within milliseconds; a slow poll catches
 * anything a lost notification or a Kafka outage left behind. Runs one batch at a time, and again
 * if more work arrived meanwhile.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final OutboxTable table;
    private final String reactiveUrl;
    private final String username;
    private final Optional<String> password;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private PgSubscriber subscriber;
    private long timer = -1;

    OutboxRelay(
            OutboxPublisher publisher,
            Vertx vertx,
            OutboxConfig config,
            OutboxTable table,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres")
                    String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.publisher = publisher;
        this.vertx = vertx;
        this.config = config;
        this.table = table;
        this.reactiveUrl = reactiveUrl;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl).setUser(username);
        password.ifPresent(options::setPassword);
        // Keep listening across database restarts.
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(table.name()).handler(id -> trigger());
        subscriber
                .connect()
                .subscribe()
                .with(
                        ignored -> {
                            LOG.infof("outbox relay listening for new rows of %s", table.name());
                            trigger();
                        },
                        failure ->
                                LOG.warnf(
                                        "outbox relay cannot LISTEN (polling only): %s",
                                        failure.getMessage()));
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> trigger());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /** Publishes pending events now, or right after the batch in progress. */
    public void trigger() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        publisher
                .publishBatch()
                .subscribe()
                .with(
                        count -> {
                            running.set(false);
                            if (count >= config.batchSize() || again.get()) {
                                trigger();
                            }
                        },
                        failure -> {
                            running.set(false);
                            LOG.warnf(
                                    "outbox events not published yet (will retry): %s",
                                    failure.getMessage());
                        });
    }
}
