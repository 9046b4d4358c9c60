package org.eassms.eas.protocol.provision;

import java.util.List;

/**
 * A Provision response: the overall status, the DeviceInformation status when the request carried
 * one, and the policy with its status, key and (in phase one) its settings.
 */
public record ProvisionResponse(
        int status,
        Integer deviceInformationStatus,
        String policyType,
        Integer policyStatus,
        String policyKey,
        List<PolicySetting> settings,
        boolean remoteWipe) {

    public ProvisionResponse {
        settings = settings == null ? null : List.copyOf(settings);
    }

    public ProvisionResponse(
            int status,
            Integer deviceInformationStatus,
            String policyType,
            Integer policyStatus,
            String policyKey,
            List<PolicySetting> settings) {
        this(status, deviceInformationStatus, policyType, policyStatus, policyKey, settings, false);
    }

    /**
     * MS-ASPROV 2.2.2.45 RemoteWipe: the device must wipe its data and acknowledge with a Provision
     * carrying RemoteWipe/Status; it is given no policy.
     */
    public static ProvisionResponse remoteWipe(int status) {
        return new ProvisionResponse(status, null, null, null, null, null, true);
    }
}
