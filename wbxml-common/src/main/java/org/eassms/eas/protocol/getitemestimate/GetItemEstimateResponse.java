package org.eassms.eas.protocol.getitemestimate;

import java.util.List;

/** A GetItemEstimate response: one Response per requested collection (MS-ASCMD 2.2.1.9.2). */
public record GetItemEstimateResponse(List<Entry> responses) {

    public GetItemEstimateResponse {
        responses = List.copyOf(responses);
    }

    /**
     * Status 1 with an estimate, or 2 (invalid collection), 3 (sync state not primed), 4 (invalid
     * SyncKey).
     */
    public record Entry(int status, String collectionId, Integer estimate) {}
}
