package org.eassms.eas.protocol.getitemestimate;

/** GetItemEstimate Status values (MS-ASCMD 2.2.3.177.6). */
public enum GetItemEstimateStatus {
    SUCCESS(1),
    INVALID_COLLECTION(2),
    SYNC_STATE_NOT_PRIMED(3),
    INVALID_SYNC_KEY(4);

    private final int code;

    GetItemEstimateStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
