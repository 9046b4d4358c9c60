package org.eassms.eas.protocol.getitemestimate;

import java.util.List;
import org.eassms.eas.protocol.sync.SyncOptions;

/** A GetItemEstimate request (MS-ASCMD 2.2.1.9): one entry per collection to estimate. */
public record GetItemEstimateRequest(List<Collection> collections) {

    public GetItemEstimateRequest {
        collections = List.copyOf(collections);
    }

    /** An estimate of one collection at {@code syncKey} under these Options blocks (14.0 on). */
    public static GetItemEstimateRequest of(
            String syncKey, String collectionId, List<SyncOptions> options) {
        return new GetItemEstimateRequest(
                List.of(new Collection(syncKey, collectionId, null, options, null, null)));
    }

    /**
     * One collection. {@code options} are AirSync Options blocks (protocol 14.0 and later; MS-ASMS
     * 3.1.4.2 counts SMS only under a block with Class SMS); {@code legacyClass} and {@code
     * legacyFilterType} are the 12.1 forms.
     */
    public record Collection(
            String syncKey,
            String collectionId,
            Boolean conversationMode,
            List<SyncOptions> options,
            String legacyClass,
            Integer legacyFilterType) {

        public Collection {
            options = List.copyOf(options);
        }
    }
}
