package org.eassms.eas.relay.registration;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.contract.RedisNames;

/**
 * Which sync-service replica holds a device's hanging Sync or Ping: the key {@link
 * RedisNames#hangKey} that sync-service writes (with a TTL) while a request hangs, whose value is
 * the replica id.
 */
@ApplicationScoped
public class HangingRegistrations {
    private final ReactiveRedisDataSource redis;

    HangingRegistrations(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** Device id to replica id, for the devices that hang right now (one MGET). */
    public Uni<Map<String, String>> replicasOf(long userId, List<String> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] keys =
                deviceIds.stream().map(d -> RedisNames.hangKey(userId, d)).toArray(String[]::new);
        return redis.value(String.class)
                .mget(keys)
                .map(
                        values -> {
                            Map<String, String> hanging = new LinkedHashMap<>();
                            for (int i = 0; i < keys.length; i++) {
                                String replica = values.get(keys[i]);
                                if (replica != null) {
                                    hanging.put(deviceIds.get(i), replica);
                                }
                            }
                            return hanging;
                        });
    }
}
