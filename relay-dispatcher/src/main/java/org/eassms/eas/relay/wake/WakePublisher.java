package org.eassms.eas.relay.wake;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.Wake;

/** Sends a {@link Wake} to the replica holding a device's hanging request, on its channel. */
@ApplicationScoped
public class WakePublisher {
    private final ReactiveRedisDataSource redis;

    WakePublisher(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /**
     * Fails only when Redis does. A replica that is not subscribed right now misses it, and looks
     * for what it missed once it is subscribed again (sync-service's WakeChannel).
     *
     * @param traceparent the dispatch's trace context, for the woken request's look; null if none
     */
    public Uni<Void> wake(String replicaId, long userId, String deviceId, String traceparent) {
        return redis.pubsub(String.class)
                .publish(
                        RedisNames.wakeChannel(replicaId),
                        new Wake(userId, deviceId, traceparent).encode());
    }
}
