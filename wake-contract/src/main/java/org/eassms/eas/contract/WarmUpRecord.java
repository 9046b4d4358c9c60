package org.eassms.eas.contract;

/**
 * A record sync-service's outbox sends once to each partition of {@link Topics#SMS_OUTBOX} when it
 * starts, so that the first SMS after a start does not pay the producer's first batch (its producer
 * id, the partition's first request) and each dispatcher's first fetch: about 0.4 s on this
 * project's machines. It carries {@link #TYPE} in {@link EventHeaders#EVENT_TYPE}, and its
 * consumers skip it. Never sent to the compacted {@link Topics#SMS_TRANSPORTS}, whose having no
 * record at all is how settings-service recognises a broker that lost it.
 */
public final class WarmUpRecord {
    public static final String TYPE = "WarmUp";

    public static final String KEY = "warm-up";

    private WarmUpRecord() {}
}
