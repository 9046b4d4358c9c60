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
        List<PolicySetting> settings) {

    public ProvisionResponse {
        settings = settings == null ? null : List.copyOf(settings);
    }
}
