package org.eassms.eas.sync.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.outbox.Outbox;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.ItemServerId;
import org.jboss.logging.Logger;

/**
 * Announces an SMS put into an Outbox: an {@link SmsQueued} row in the transactional outbox,
 * written in the caller's transaction next to the item, keyed by the user so one user's events keep
 * their order. The shared outbox relay publishes it to {@code Topics.SMS_OUTBOX}.
 */
@ApplicationScoped
public class SmsOutbox {
    private static final Logger LOG = Logger.getLogger(SmsOutbox.class);

    private final Outbox outbox;

    SmsOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call inside the transaction that persisted {@code item} (which must have its id). */
    public Uni<UUID> queued(Item item, String username, String collectionId) {
        LOG.infof("SMS %d queued in the Outbox of user %d", item.id, item.userId);
        return outbox.append(
                SmsQueued.AGGREGATE_TYPE,
                Long.toString(item.userId),
                SmsQueued.TYPE,
                SmsQueued.of(
                        item.userId,
                        username,
                        item.id,
                        ItemServerId.of(collectionId, item.id).toString(),
                        collectionId,
                        Instant.now()));
    }
}
