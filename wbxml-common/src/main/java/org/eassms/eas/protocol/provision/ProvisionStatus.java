package org.eassms.eas.protocol.provision;

/** Provision Status values of the response as a whole (MS-ASPROV 2.2.2.54.1). */
public enum ProvisionStatus {
    SUCCESS(1),
    PROTOCOL_ERROR(2);

    private final int code;

    ProvisionStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
