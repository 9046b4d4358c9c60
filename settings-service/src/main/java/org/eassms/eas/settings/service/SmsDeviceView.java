package org.eassms.eas.settings.service;

import org.eassms.eas.settings.domain.SmsDevice;

/**
 * One device of a user as its clients see it: whether it relays SMS, and its number; and what it
 * told Settings DeviceInformation of itself (MS-ASCMD 2.2.3.45), for the administrator's device
 * list.
 */
public record SmsDeviceView(
        String deviceId,
        String phoneNumber,
        String friendlyName,
        boolean enabled,
        String model,
        String os,
        String userAgent) {

    static SmsDeviceView of(SmsDevice device) {
        return new SmsDeviceView(
                device.deviceId,
                device.phoneNumber,
                device.friendlyName,
                device.enableOutboundSms,
                device.model,
                device.os,
                device.userAgent);
    }
}
