package org.eassms.eas.sync.hanging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eassms.eas.sync.config.SyncConfig;

/**
 * This replica's name and the Redis keys derived from it: where the relay dispatcher sends wakes.
 */
@ApplicationScoped
public class ReplicaIdentity {
    private final String id;

    ReplicaIdentity(SyncConfig config) {
        this.id = config.replicaId().orElse(UUID.randomUUID().toString());
    }

    public String id() {
        return id;
    }

    /** The pub/sub channel this replica listens on. */
    public String wakeChannel() {
        return "eas:wake:" + id;
    }

    /** Key under which a device's hanging request is registered; the value is the replica id. */
    public static String hangKey(long userId, String deviceId) {
        return "eas:hang:" + userId + ":" + deviceId;
    }
}
