package org.eassms.eas.protocol.getitemestimate;

import java.util.List;
import org.eassms.eas.protocol.sync.SyncOptions;

/** A GetItemEstimate request (MS-ASCMD 2.2.1.9): one entry per collection to estimate. */
public record GetItemEstimateRequest(List<Collection> collections) {

    public GetItemEstimateRequest {
        collections = List.copyOf(collections);
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
