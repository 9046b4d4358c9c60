package org.eassms.eas.protocol.provision;

import org.eassms.eas.protocol.common.DeviceInformation;

/**
 * A Provision request (MS-ASPROV 2.2.2.x, MS-ASCMD 2.2.1.14). Phase one names the {@code
 * policyType} (and, from 14.1, carries DeviceInformation); phase two acknowledges with the
 * temporary {@code policyKey} and a {@code status}; a remote-wipe acknowledgement carries only
 * {@code remoteWipeStatus}.
 */
public record ProvisionRequest(
        DeviceInformation deviceInformation,
        String policyType,
        String policyKey,
        Integer status,
        Integer remoteWipeStatus) {

    public static final String POLICY_TYPE = "MS-EAS-Provisioning-WBXML";

    /**
     * Phase one: asks for the policy (MS-ASPROV 3.1.5.1), with the device's information or null.
     */
    public static ProvisionRequest askingForPolicy(DeviceInformation device) {
        return new ProvisionRequest(device, POLICY_TYPE, null, null, null);
    }

    /** Phase two: the policy sent under {@code temporaryKey} is applied (Status 1). */
    public static ProvisionRequest acknowledging(String temporaryKey) {
        return new ProvisionRequest(null, POLICY_TYPE, temporaryKey, 1, null);
    }

    /** An empty Provision (MS-ASPROV 3.1.5.1.1): what a client sends to learn of a remote wipe. */
    public boolean isEmpty() {
        return deviceInformation == null && policyType == null && remoteWipeStatus == null;
    }

    public boolean isAcknowledgement() {
        return policyKey != null;
    }
}
