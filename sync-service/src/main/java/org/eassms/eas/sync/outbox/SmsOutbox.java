package org.eassms.eas.sync.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.SmsSpans;
import org.eassms.eas.outbox.Outbox;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.ItemServerId;
import org.eassms.eas.sync.domain.SmsStatus;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.repository.UserRepository;
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
    private final ItemRepository items;
    private final UserRepository users;

    SmsOutbox(Outbox outbox, ItemRepository items, UserRepository users) {
        this.outbox = outbox;
        this.items = items;
        this.users = users;
    }

    /**
     * The one way an SMS enters an Outbox, whether a client's Sync Add or {@code POST /api/sms} put
     * it there: queued, stored, and announced in the same transaction (call inside it). Fails with
     * {@link TextMessagingNotAllowed}, having stored nothing, when the user's policy does not allow
     * text messaging.
     */
    public Uni<Item> enter(Item sms, String username, String collectionId) {
        return users.allowsTextMessaging(sms.userId)
                .chain(
                        allowed -> {
                            if (!allowed) {
                                LOG.infof(
                                        "SMS of user %d refused: text messaging is not allowed",
                                        sms.userId);
                                return Uni.createFrom()
                                        .failure(new TextMessagingNotAllowed(sms.userId));
                            }
                            return queue(sms, username, collectionId);
                        });
    }

    private Uni<Item> queue(Item sms, String username, String collectionId) {
        sms.smsStatus = SmsStatus.QUEUED;
        SpanContext trace = Span.current().getSpanContext();
        // Only a trace that is kept can be looked up; an unsampled one's id would lead nowhere.
        if (trace.isValid() && trace.isSampled()) {
            sms.traceId = trace.getTraceId();
        }
        return items.persist(sms)
                .invoke(saved -> Span.current().setAttribute(SmsSpans.SMS_ID, saved.id))
                .call(saved -> announce(saved, username, collectionId));
    }

    private Uni<UUID> announce(Item item, String username, String collectionId) {
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
