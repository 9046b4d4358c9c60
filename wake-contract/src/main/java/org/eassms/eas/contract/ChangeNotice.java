package org.eassms.eas.contract;

/**
 * A device changed its user's items: every replica wakes the user's other hanging requests, all but
 * the device that made the change (MS-ASCMD 2.2.1.13: a Ping ends when a pinged folder changes).
 * Published on {@link RedisNames#CHANGES_CHANNEL} as {@code <user>:<device>}.
 */
public record ChangeNotice(long userId, String byDeviceId) {

    public String encode() {
        return UserAndDevice.encode(userId, byDeviceId);
    }

    /**
     * @throws IllegalArgumentException when the message is not a change notice
     */
    public static ChangeNotice decode(String message) {
        UserAndDevice parsed = UserAndDevice.decode(message, "change notice");
        return new ChangeNotice(parsed.userId(), parsed.deviceId());
    }
}
