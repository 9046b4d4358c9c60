package org.eassms.eas.protocol.sync;

import java.util.List;

/**
 * A Sync command request (MS-ASCMD 2.2.1.21). {@code waitMinutes} is the Wait element, in minutes,
 * and {@code heartbeatInterval} in seconds; sending both is a protocol error the server must
 * detect, so both are kept. {@code partial} asks the server to merge this request with the cached
 * one. An empty request body is represented by {@link #EMPTY}.
 */
public record SyncRequest(
        List<SyncCollectionRequest> collections,
        Integer waitMinutes,
        Integer heartbeatInterval,
        Integer windowSize,
        boolean partial) {

    /** The empty-body Sync, which re-uses the device's cached request (MS-ASCMD 2.2.1.21). */
    public static final SyncRequest EMPTY = new SyncRequest(List.of(), null, null, null, false);

    public SyncRequest {
        collections = List.copyOf(collections);
    }

    /** A Sync of one collection, hanging up to {@code heartbeatInterval} seconds when not null. */
    public static SyncRequest of(SyncCollectionRequest collection, Integer heartbeatInterval) {
        return new SyncRequest(List.of(collection), null, heartbeatInterval, null, false);
    }

    public boolean isEmpty() {
        return this.equals(EMPTY);
    }
}
