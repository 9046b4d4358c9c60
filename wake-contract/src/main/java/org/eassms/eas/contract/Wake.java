package org.eassms.eas.contract;

/**
 * "Look again": relay-dispatcher tells the replica holding a device's hanging request that an SMS
 * waits in the Outbox. Published on {@link RedisNames#wakeChannel(String)} as {@code
 * <user>:<device>}: the user id has no colon, so the first one ends it whatever the device id
 * holds. When the SMS is traced, a line feed and the {@link TraceParent} of the dispatcher's span
 * follow, so the woken request's look joins the SMS's trace; a device id never holds a line feed
 * (sync-service refuses control characters in it).
 *
 * <p>Upgrade order: sync-service before relay-dispatcher. An older sync-service would take the
 * traced form's line and traceparent for part of the device id and wake nobody; the phone would
 * then find the SMS only at its next look.
 *
 * @param traceparent the W3C traceparent of the SMS's dispatch, or null when untraced
 */
public record Wake(long userId, String deviceId, String traceparent) {

    private static final char TRACE_SEPARATOR = '\n';

    public Wake(long userId, String deviceId) {
        this(userId, deviceId, null);
    }

    public String encode() {
        String wake = UserAndDevice.encode(userId, deviceId);
        return traceparent == null ? wake : wake + TRACE_SEPARATOR + traceparent;
    }

    /**
     * @throws IllegalArgumentException when the message is not a wake
     */
    public static Wake decode(String message) {
        String traceparent = null;
        int separator = message == null ? -1 : message.indexOf(TRACE_SEPARATOR);
        if (separator >= 0) {
            traceparent = message.substring(separator + 1);
            message = message.substring(0, separator);
        }
        UserAndDevice parsed = UserAndDevice.decode(message, "wake");
        return new Wake(
                parsed.userId(),
                parsed.deviceId(),
                traceparent == null || traceparent.isEmpty() ? null : traceparent);
    }
}
