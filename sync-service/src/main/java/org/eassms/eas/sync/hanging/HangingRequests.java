package org.eassms.eas.sync.hanging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eassms.eas.sync.config.SyncConfig;
import org.jboss.logging.Logger;

/**
 * Parks hanging Syncs and Pings: arms a local waiter, registers the device in Redis (the value
 * names this replica, the TTL is a little above the interval), and removes both however the request
 * ends.
 */
@ApplicationScoped
public class HangingRequests {
    private static final Logger LOG = Logger.getLogger(HangingRequests.class);

    private final ReactiveRedisDataSource redis;
    private final WakeRegistry registry;
    private final ReplicaIdentity replica;
    private final SyncConfig config;

    HangingRequests(
            ReactiveRedisDataSource redis,
            WakeRegistry registry,
            ReplicaIdentity replica,
            SyncConfig config,
            MeterRegistry metrics) {
        this.redis = redis;
        this.registry = registry;
        this.replica = replica;
        this.config = config;
        Gauge.builder("eas.hanging.requests", registry::size)
                .description("hanging Sync and Ping requests on this replica")
                .strongReference(true)
                .register(metrics);
    }

    /** A registered hanging request. */
    public final class Hang {
        private final long userId;
        private final String deviceId;
        private final Duration wait;
        private WakeRegistry.Waiter waiter;

        private Hang(long userId, String deviceId, Duration wait, WakeRegistry.Waiter waiter) {
            this.userId = userId;
            this.deviceId = deviceId;
            this.wait = wait;
            this.waiter = waiter;
        }

        /** True when woken, false when the interval ended. */
        public Uni<Boolean> await() {
            return waiter.await(wait);
        }

        /** A wake is single-use: arm again before looking again, so no wake falls in a gap. */
        private void rearm() {
            waiter.disarm();
            waiter = registry.arm(userId, deviceId);
        }

        /** Disarms and deregisters; never fails. */
        public Uni<Void> end() {
            waiter.disarm();
            return redis.key(String.class)
                    .del(ReplicaIdentity.hangKey(userId, deviceId))
                    .onFailure()
                    .recoverWithItem(0)
                    .replaceWithVoid();
        }
    }

    /**
     * The whole hanging request: arms and registers, then looks; with nothing to report, waits for
     * a wake or the end of the interval. A wake whose look finds nothing for this request (another
     * folder changed) re-arms for the time left. Emits the look that found news, or {@code expired}
     * when the interval ended without any; deregisters however it ends.
     */
    public <T> Uni<T> hang(
            long userId,
            String deviceId,
            Duration interval,
            Supplier<Uni<T>> look,
            Predicate<T> isNews,
            T expired) {
        return start(userId, deviceId, interval)
                .chain(
                        hang ->
                                lookThenWait(
                                                hang,
                                                System.nanoTime() + hang.wait.toNanos(),
                                                look,
                                                isNews,
                                                expired)
                                        .eventually(hang::end));
    }

    private <T> Uni<T> lookThenWait(
            Hang hang, long deadline, Supplier<Uni<T>> look, Predicate<T> isNews, T expired) {
        return look.get()
                .chain(
                        found -> {
                            long left = deadline - System.nanoTime();
                            if (isNews.test(found) || left <= 0) {
                                return Uni.createFrom().item(isNews.test(found) ? found : expired);
                            }
                            return hang.waiter
                                    .await(Duration.ofNanos(left))
                                    .chain(
                                            woken -> {
                                                if (!woken) {
                                                    return Uni.createFrom().item(expired);
                                                }
                                                hang.rearm();
                                                return lookThenWait(
                                                        hang, deadline, look, isNews, expired);
                                            });
                        });
    }

    /** Arms and registers; the caller then looks for changes and, finding none, awaits. */
    public Uni<Hang> start(long userId, String deviceId, Duration interval) {
        Duration wait =
                config.hanging()
                        .waitCap()
                        .filter(cap -> cap.compareTo(interval) < 0)
                        .orElse(interval);
        WakeRegistry.Waiter waiter = registry.arm(userId, deviceId);
        Duration ttl = wait.plus(config.hanging().registrationGrace());
        return redis.value(String.class)
                .set(ReplicaIdentity.hangKey(userId, deviceId), replica.id(), new SetArgs().ex(ttl))
                .map(ignored -> new Hang(userId, deviceId, wait, waiter))
                // Without Redis the relay cannot find this request, but it still hangs and still
                // answers:
                // the SMS arrives with the phone's next Sync instead of at once.
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.warnf(
                                    "cannot register hanging request of %s in Redis: %s",
                                    deviceId, failure.getMessage());
                            return new Hang(userId, deviceId, wait, waiter);
                        });
    }
}
