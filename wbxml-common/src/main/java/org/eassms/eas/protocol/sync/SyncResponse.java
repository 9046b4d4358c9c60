package org.eassms.eas.protocol.sync;

import java.util.List;

/**
 * A Sync command response (MS-ASCMD 2.2.1.21). A top-level {@code status} (with {@code limit} for
 * status 14 or 15) answers the request as a whole; otherwise each collection carries its own
 * status.
 */
public record SyncResponse(
        Integer status, Integer limit, List<SyncCollectionResponse> collections) {

    public SyncResponse {
        collections = List.copyOf(collections);
    }

    public static SyncResponse of(List<SyncCollectionResponse> collections) {
        return new SyncResponse(null, null, collections);
    }

    public static SyncResponse failed(int status) {
        return new SyncResponse(status, null, List.of());
    }

    public static SyncResponse failed(int status, int limit) {
        return new SyncResponse(status, limit, List.of());
    }
}
