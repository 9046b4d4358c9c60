package org.eassms.eas.sync.hanging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.sync.config.SyncConfig;

/** This replica's name: the value of its hanging requests' registrations, and its wake channel. */
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
        return RedisNames.wakeChannel(id);
    }
}
