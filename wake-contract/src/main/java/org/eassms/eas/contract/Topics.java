package org.eassms.eas.contract;

/**
 * The Kafka topics of the wake path. The services' {@code application.properties} name them too
 * (configuration cannot refer to a Java constant); a test in each service checks that its
 * configured topic is the one named here.
 */
public final class Topics {
    /** {@link SmsQueued} events, keyed by user: an SMS entered a user's Outbox. */
    public static final String SMS_OUTBOX = "eas.sms-outbox";

    /**
     * {@link SmsTransportChanged} events, keyed by user and device, compacted: the latest state of
     * every device's outbound SMS setting, which a consumer replays from the start to know every
     * user's transports.
     */
    public static final String SMS_TRANSPORTS = "eas.sms-transports";

    private Topics() {}
}
