package org.eassms.eas.contract;

import java.time.Instant;

/**
 * An SMS entered a user's Outbox (a Sync Add or {@code POST /api/sms}): published by sync-service
 * to {@link Topics#SMS_OUTBOX}, keyed by {@link #key()} so one user's events keep their order;
 * relay-dispatcher wakes the user's SMS transports for it. The JSON payload is this record's
 * components plus the outbox's {@code eventId}.
 *
 * @param version {@link #VERSION} when written; 0 when read from an event written before versions
 * @param serverId the item's ServerId in the Outbox collection
 * @param queuedAt when the SMS was committed to the Outbox
 */
public record SmsQueued(
        int version,
        long userId,
        String username,
        long itemId,
        String serverId,
        String collectionId,
        Instant queuedAt) {

    /** The {@link EventHeaders#EVENT_TYPE} and outbox type. */
    public static final String TYPE = "SmsQueued";

    /** The outbox's aggregate type: the user's mailbox. */
    public static final String AGGREGATE_TYPE = "mailbox";

    /** Version 1: the fields above. */
    public static final int VERSION = 1;

    public static SmsQueued of(
            long userId,
            String username,
            long itemId,
            String serverId,
            String collectionId,
            Instant queuedAt) {
        return new SmsQueued(VERSION, userId, username, itemId, serverId, collectionId, queuedAt);
    }

    /** The Kafka key: the user, so one user's SMS keep their order. */
    public String key() {
        return Long.toString(userId);
    }
}
