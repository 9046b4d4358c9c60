package org.eassms.eas.sync.hanging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Listens on this replica's Redis channel for wakes from the relay dispatcher ({@code
 * {"user":1,"device":"..."}}) and on the {@link ChangeBroadcast} channel, and completes the
 * matching hanging requests. Runs on the Redis connection's I/O thread: it only completes Unis.
 */
@ApplicationScoped
public class WakeSubscriber {
    private static final Logger LOG = Logger.getLogger(WakeSubscriber.class);

    private final ReactiveRedisDataSource redis;
    private final WakeRegistry registry;
    private final ReplicaIdentity replica;
    private final ObjectMapper json;

    WakeSubscriber(
            ReactiveRedisDataSource redis,
            WakeRegistry registry,
            ReplicaIdentity replica,
            ObjectMapper json) {
        this.redis = redis;
        this.registry = registry;
        this.replica = replica;
        this.json = json;
    }

    void subscribe(@Observes StartupEvent start) {
        redis.pubsub(String.class)
                .subscribe(replica.wakeChannel(), this::onWake)
                .subscribe()
                .with(
                        subscriber -> LOG.infof("listening for wakes on %s", replica.wakeChannel()),
                        failure ->
                                LOG.errorf(
                                        failure, "cannot subscribe to %s", replica.wakeChannel()));
        redis.pubsub(String.class)
                .subscribe(ChangeBroadcast.CHANNEL, this::onChange)
                .subscribe()
                .with(
                        subscriber ->
                                LOG.infof("listening for changes on %s", ChangeBroadcast.CHANNEL),
                        failure ->
                                LOG.errorf(
                                        failure,
                                        "cannot subscribe to %s",
                                        ChangeBroadcast.CHANNEL));
    }

    /** {@code {"user":1,"except":"device"}}: wake the user's other devices hanging here. */
    void onChange(String message) {
        try {
            JsonNode change = json.readTree(message);
            long userId = change.path("user").asLong(-1);
            if (userId < 0) {
                LOG.warnf("ignored malformed change %s", message);
                return;
            }
            int woken = registry.wakeAllBut(userId, change.path("except").asText(""));
            if (woken > 0) {
                LOG.debugf("change of user %d: %d request(s) woken", userId, woken);
            }
        } catch (Exception e) {
            LOG.warnf("ignored malformed change %s: %s", message, e.getMessage());
        }
    }

    void onWake(String message) {
        try {
            JsonNode wake = json.readTree(message);
            long userId = wake.path("user").asLong(-1);
            String deviceId = wake.path("device").asText(null);
            if (userId < 0 || deviceId == null) {
                LOG.warnf("ignored malformed wake %s", message);
                return;
            }
            int woken = registry.wake(userId, deviceId);
            LOG.debugf(
                    "wake for device %s of user %d: %d request(s) woken", deviceId, userId, woken);
        } catch (Exception e) {
            LOG.warnf("ignored malformed wake %s: %s", message, e.getMessage());
        }
    }
}
