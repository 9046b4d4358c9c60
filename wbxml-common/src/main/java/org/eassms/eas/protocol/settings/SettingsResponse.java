package org.eassms.eas.protocol.settings;

import java.util.List;

/**
 * A Settings response (MS-ASCMD 2.2.1.18): the overall status, then one status per requested part;
 * UserInformation carries the user's SMTP addresses (and, from 14.1, the primary address and
 * display name in an Account).
 */
public record SettingsResponse(
        int status,
        Integer deviceInformationStatus,
        Integer userInformationStatus,
        List<String> emailAddresses,
        String primarySmtpAddress,
        String userDisplayName) {

    public SettingsResponse {
        emailAddresses = List.copyOf(emailAddresses);
    }

    public static SettingsResponse failed(int status) {
        return new SettingsResponse(status, null, null, List.of(), null, null);
    }
}
