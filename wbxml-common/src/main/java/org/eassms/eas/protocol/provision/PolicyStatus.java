package org.eassms.eas.protocol.provision;

/** Status values of one Policy in a Provision response (MS-ASPROV 2.2.2.54.2). */
public enum PolicyStatus {
    SUCCESS(1),
    UNKNOWN_POLICY_TYPE(3),
    /** The client acknowledged a policy key the server did not hand out. */
    WRONG_POLICY_KEY(5);

    private final int code;

    PolicyStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
