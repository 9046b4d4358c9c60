package org.eassms.eas.relay.wake;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a wake to the replica holding a device's hanging request: {@code {"user":1,"device":"..."}}
 * on its channel.
 */
@ApplicationScoped
public class WakePublisher {
    private final ReactiveRedisDataSource redis;

    WakePublisher(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** Returns how many subscribers got it (0 when the replica is gone). */
    public Uni<Long> wake(String replicaId, long userId, String deviceId) {
        String message = "{\"user\":" + userId + ",\"device\":\"" + escape(deviceId) + "\"}";
        return redis.pubsub(String.class)
                .publish("eas:wake:" + replicaId, message)
                .map(ignored -> 1L);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
