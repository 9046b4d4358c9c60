package org.eassms.eas.protocol.common;

/**
 * Status values every command may answer with from protocol 14.0 on (MS-ASCMD 2.2.2), in the
 * command's own Status element; before 14.0 the same conditions are HTTP statuses (449).
 */
public enum CommonStatus {
    /** The device has not provisioned, or holds no current policy key: Provision first. */
    DEVICE_NOT_PROVISIONED(142);

    private final int code;

    CommonStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The value as the Status element carries it. */
    public String text() {
        return Integer.toString(code);
    }
}
