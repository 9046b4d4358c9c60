package org.eassms.eas.contract;

/**
 * The Redis keys and channels sync-service and relay-dispatcher share (ADR 2): where a device's
 * hanging request is registered, where a replica listens for wakes, and where changes are
 * broadcast.
 */
public final class RedisNames {
    /** Every replica listens here for {@link ChangeNotice}s. */
    public static final String CHANGES_CHANNEL = "eas:changes";

    private static final String HANG_PREFIX = "eas:hang:";
    private static final String WAKE_PREFIX = "eas:wake:";

    private RedisNames() {}

    /**
     * Where a device's hanging Sync or Ping is registered while it hangs (with a TTL a little above
     * its interval); the value is the id of the replica that holds it.
     */
    public static String hangKey(long userId, String deviceId) {
        return HANG_PREFIX + userId + ":" + deviceId;
    }

    /** The channel a sync-service replica listens on for {@link Wake}s. */
    public static String wakeChannel(String replicaId) {
        return WAKE_PREFIX + replicaId;
    }
}
