package org.eassms.eas.sync.command;

import org.eassms.eas.sync.auth.AuthenticatedUser;

/** Who sent a command, from which device, speaking which protocol version. */
public record CommandContext(
        AuthenticatedUser user,
        String deviceId,
        String deviceType,
        String protocolVersion,
        Long policyKey) {

    /** 14.0 and later report provisioning problems as status 142-144 instead of HTTP 449. */
    public boolean usesStatusForProvisioning() {
        return protocolVersion == null || protocolVersion.compareTo("14.0") >= 0;
    }
}
