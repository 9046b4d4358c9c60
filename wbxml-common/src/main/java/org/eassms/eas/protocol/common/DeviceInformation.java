package org.eassms.eas.protocol.common;

import static org.eassms.eas.protocol.common.Values.intOf;

import org.eassms.eas.wbxml.codepage.Settings;
import org.eassms.eas.wbxml.dom.Element;

/**
 * Settings DeviceInformation/Set (MS-ASCMD 2.2.3.45, MS-ASMS 2.2.2.2.3): what a device says about
 * itself, and whether it offers itself as the user's SMS transport ({@code enableOutboundSms} 1
 * with a {@code phoneNumber}, 0 to stop). Also sent inside Provision by 14.1 clients.
 */
public record DeviceInformation(
        String model,
        String imei,
        String friendlyName,
        String os,
        String osLanguage,
        String phoneNumber,
        String userAgent,
        Integer enableOutboundSms,
        String mobileOperator) {

    /** Decodes the Set element. */
    public static DeviceInformation decode(Element set) {
        return new DeviceInformation(
                set.textOf(Settings.MODEL),
                set.textOf(Settings.IMEI),
                set.textOf(Settings.FRIENDLY_NAME),
                set.textOf(Settings.OS),
                set.textOf(Settings.OS_LANGUAGE),
                set.textOf(Settings.PHONE_NUMBER),
                set.textOf(Settings.USER_AGENT),
                intOf(set, Settings.ENABLE_OUTBOUND_SMS),
                set.textOf(Settings.MOBILE_OPERATOR));
    }

    /** {@code <DeviceInformation><Set>...</Set></DeviceInformation>}, fields in MS-ASCMD order. */
    public Element encode() {
        Element set =
                Element.of(Settings.SET)
                        .addIfPresent(Settings.MODEL, model)
                        .addIfPresent(Settings.IMEI, imei)
                        .addIfPresent(Settings.FRIENDLY_NAME, friendlyName)
                        .addIfPresent(Settings.OS, os)
                        .addIfPresent(Settings.OS_LANGUAGE, osLanguage)
                        .addIfPresent(Settings.PHONE_NUMBER, phoneNumber)
                        .addIfPresent(Settings.USER_AGENT, userAgent)
                        .addIfPresent(Settings.ENABLE_OUTBOUND_SMS, enableOutboundSms)
                        .addIfPresent(Settings.MOBILE_OPERATOR, mobileOperator);
        return Element.of(Settings.DEVICE_INFORMATION).add(set);
    }
}
