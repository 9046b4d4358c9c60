package org.eassms.eas.settings.service;

import org.eassms.eas.settings.domain.SmsDevice;

/** One device of a user as its clients see it: whether it relays SMS, and its number. */
public record SmsDeviceView(
        String deviceId, String phoneNumber, String friendlyName, boolean enabled) {

    static SmsDeviceView of(SmsDevice device) {
        return new SmsDeviceView(
                device.deviceId, device.phoneNumber, device.friendlyName, device.enableOutboundSms);
    }
}
