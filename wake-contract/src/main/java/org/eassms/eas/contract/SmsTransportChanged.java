package org.eassms.eas.contract;

import java.time.Instant;

/**
 * A device turned its outbound SMS on or off, or changed its number (Settings DeviceInformation
 * EnableOutboundSMS, MS-ASMS 3.2.5.3): published by settings-service to {@link
 * Topics#SMS_TRANSPORTS}, keyed by {@link #key()}. The topic is compacted, so its latest event per
 * key is the device's current state; relay-dispatcher replays it to know every user's transports.
 */
public record SmsTransportChanged(
        int version,
        long userId,
        String username,
        String deviceId,
        boolean enabled,
        String phoneNumber,
        String friendlyName,
        Instant changedAt) {

    public static final String TYPE = "SmsTransportChanged";

    /** The outbox's aggregate type: one device's transport setting. */
    public static final String AGGREGATE_TYPE = "sms-transport";

    /** Version 1: the fields above, keyed by user and device. */
    public static final int VERSION = 1;

    public static SmsTransportChanged of(
            long userId,
            String username,
            String deviceId,
            boolean enabled,
            String phoneNumber,
            String friendlyName,
            Instant changedAt) {
        return new SmsTransportChanged(
                VERSION, userId, username, deviceId, enabled, phoneNumber, friendlyName, changedAt);
    }

    /**
     * The Kafka key {@code <user>:<device>}: one device's changes keep their order, and compaction
     * keeps the latest of each device (a key of the user alone would keep one device per user).
     */
    public String key() {
        return key(userId, deviceId);
    }

    public static String key(long userId, String deviceId) {
        return userId + ":" + deviceId;
    }
}
