package org.eassms.eas.sync.hanging;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.contract.ChangeNotice;
import org.eassms.eas.contract.RedisNames;
import org.jboss.logging.Logger;

/**
 * Tells every replica that a device changed the user's items, so the user's other hanging Syncs and
 * Pings look again (MS-ASCMD 2.2.1.13: a Ping ends when a pinged folder changes). Published on one
 * Redis channel all replicas listen to, after the change committed. An SMS queued in the Outbox is
 * not announced here: its wake goes through Kafka and the relay dispatcher to the user's SMS
 * transports (MS-ASMS 3.1.5.1).
 */
@ApplicationScoped
public class ChangeBroadcast {
    private static final Logger LOG = Logger.getLogger(ChangeBroadcast.class);

    private final ReactiveRedisDataSource redis;

    ChangeBroadcast(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /**
     * Never fails: without Redis the other devices' hanging requests see the change at the wake
     * channel's next fallback look (seconds), the others at their next request.
     */
    public Uni<Void> changed(long userId, String byDeviceId) {
        return redis.pubsub(String.class)
                .publish(RedisNames.CHANGES_CHANNEL, new ChangeNotice(userId, byDeviceId).encode())
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            // The wake channel logs a Redis outage once; this is one of its
                            // consequences.
                            LOG.debugf("change of user %d not broadcast: %s", userId, failure);
                            return null;
                        })
                .replaceWithVoid();
    }
}
