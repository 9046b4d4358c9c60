package org.eassms.eas.protocol.settings;

import org.eassms.eas.protocol.common.DeviceInformation;

/**
 * A Settings request (MS-ASCMD 2.2.1.18) with the parts this server serves: DeviceInformation/Set
 * (null when absent) and UserInformation/Get. {@code unsupported} names the first other top-level
 * element (Oof, DevicePassword, RightsManagementInformation), which the server answers per element
 * without failing the rest.
 */
public record SettingsRequest(
        DeviceInformation deviceInformation, boolean userInformationGet, String unsupported) {}
