package org.eassms.eas.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
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
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);

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

    /** Since when publishing fails (System.nanoTime), or 0 while it works. */
    private volatile long failingSince;

    private volatile Duration nextRetry = FIRST_RETRY;

    /** One retry pending at a time, however many triggers fail meanwhile. */
    private final AtomicBoolean retryPending = new AtomicBoolean();

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
        publisher.warmUp().subscribe().with(ignored -> LOG.debug("outbox producer warmed up"));
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
                            recovered(count);
                            if (count >= config.batchSize() || again.get()) {
                                trigger();
                            }
                        },
                        failure -> {
                            running.set(false);
                            failed(failure);
                        });
    }

    /**
     * One WARN when publishing starts failing (Kafka or the database unreachable), then quick
     * retries with backoff up to {@code eas.outbox.retry-backoff}, so the backlog goes out within
     * about a second of the broker being back, not at the next slow poll.
     */
    private void failed(Throwable failure) {
        Duration delay = nextRetry;
        nextRetry = min(nextRetry.multipliedBy(2), config.retryBackoff());
        if (failingSince == 0) {
            failingSince = System.nanoTime();
            LOG.warnf(
                    "outbox events of %s cannot be published (they wait, and go out when it"
                            + " works again): %s",
                    table.name(), failure.getMessage());
        } else {
            LOG.debugf("outbox events still not published: %s", failure.getMessage());
        }
        if (retryPending.compareAndSet(false, true)) {
            vertx.setTimer(
                    Math.max(1, delay.toMillis()),
                    id -> {
                        retryPending.set(false);
                        trigger();
                    });
        }
    }

    private void recovered(int published) {
        long since = failingSince;
        if (since != 0) {
            failingSince = 0;
            nextRetry = FIRST_RETRY;
            LOG.infof(
                    "outbox events of %s are published again after %d ms (%d in the first batch)",
                    table.name(),
                    Duration.ofNanos(System.nanoTime() - since).toMillis(),
                    published);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
