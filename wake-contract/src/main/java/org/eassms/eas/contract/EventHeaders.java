package org.eassms.eas.contract;

/** The Kafka record headers every outbox event carries. */
public final class EventHeaders {
    /** The event's UUID, which consumers de-duplicate on (also {@code eventId} in the payload). */
    public static final String ID = "id";

    /** {@link SmsQueued#TYPE} or {@link SmsTransportChanged#TYPE}. */
    public static final String EVENT_TYPE = "eventType";

    private EventHeaders() {}
}
