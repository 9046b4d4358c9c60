package org.eassms.eas.sync.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.OutboxEvent;
import org.eassms.eas.sync.repository.OutboxEventRepository;
import org.jboss.logging.Logger;

/**
 * Announces an SMS put into an Outbox: an outbox row written in the caller's transaction, next to
 * the item, which the {@link OutboxRelay} then publishes. Never a direct Kafka send beside a
 * database write.
 */
@ApplicationScoped
public class SmsOutbox {
    private static final Logger LOG = Logger.getLogger(SmsOutbox.class);

    /**
     * SMS life cycle (README): queued in the Outbox, then handed over once a phone takes it out.
     */
    public static final String QUEUED = "queued";

    public static final String HANDED_OVER = "handed-over";

    private final OutboxEventRepository events;
    private final ObjectMapper json;

    SmsOutbox(OutboxEventRepository events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    /** Call inside the transaction that persisted {@code item} (which must have its id). */
    public Uni<OutboxEvent> queued(Item item, String username, String collectionId) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregatetype = "mailbox";
        event.aggregateid = Long.toString(item.userId);
        event.type = "SmsQueued";
        try {
            event.payload =
                    json.writeValueAsString(
                            Map.of(
                                    "eventId",
                                    event.id.toString(),
                                    "userId",
                                    item.userId,
                                    "username",
                                    username,
                                    "itemId",
                                    item.id,
                                    "serverId",
                                    collectionId + ":" + item.id,
                                    "collectionId",
                                    collectionId,
                                    "queuedAt",
                                    event.timestamp.toInstant().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        LOG.infof("SMS %d queued in the Outbox of user %d", item.id, item.userId);
        return events.persist(event);
    }
}
