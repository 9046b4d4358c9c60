package org.eassms.eas.sync.command;

/**
 * The device is not provisioned with the policy key it presents (MS-ASPROV 3.1.5.1), found inside a
 * command's own transaction, which it rolls back. The front door answers status 142 or HTTP 449.
 */
public final class ProvisioningRequiredException extends RuntimeException {
    public ProvisioningRequiredException(String deviceId) {
        super("device " + deviceId + " must provision first", null, false, false);
    }
}
