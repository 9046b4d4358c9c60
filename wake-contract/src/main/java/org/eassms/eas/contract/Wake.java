package org.eassms.eas.contract;

/**
 * "Look again": relay-dispatcher tells the replica holding a device's hanging request that an SMS
 * waits in the Outbox. Published on {@link RedisNames#wakeChannel(String)} as {@code
 * <user>:<device>}: the user id has no colon, so the first one ends it whatever the device id
 * holds.
 */
public record Wake(long userId, String deviceId) {

    public String encode() {
        return UserAndDevice.encode(userId, deviceId);
    }

    /**
     * @throws IllegalArgumentException when the message is not a wake
     */
    public static Wake decode(String message) {
        UserAndDevice parsed = UserAndDevice.decode(message, "wake");
        return new Wake(parsed.userId(), parsed.deviceId());
    }
}
