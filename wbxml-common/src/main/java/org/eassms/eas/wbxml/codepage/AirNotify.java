package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 3, AirNotify: MS-ASWBXML section 2.1.2.1.4. */
public enum AirNotify implements Tag {
    NOTIFY(0x05, "Notify"), // page no longer in use
    NOTIFICATION(0x06, "Notification"), // page no longer in use
    VERSION(0x07, "Version"), // page no longer in use
    LIFE_TIME(0x08, "LifeTime"), // page no longer in use
    DEVICE_INFO(0x09, "DeviceInfo"), // page no longer in use
    ENABLE(0x0A, "Enable"), // page no longer in use
    FOLDER(0x0B, "Folder"), // page no longer in use
    SERVER_ID(0x0C, "ServerId"), // page no longer in use
    DEVICE_ADDRESS(0x0D, "DeviceAddress"), // page no longer in use
    VALID_CARRIER_PROFILES(0x0E, "ValidCarrierProfiles"), // page no longer in use
    CARRIER_PROFILE(0x0F, "CarrierProfile"), // page no longer in use
    STATUS(0x10, "Status"), // page no longer in use
    RESPONSES(0x11, "Responses"), // page no longer in use
    DEVICES(0x12, "Devices"), // page no longer in use
    DEVICE(0x13, "Device"), // page no longer in use
    ID(0x14, "Id"), // page no longer in use
    EXPIRY(0x15, "Expiry"), // page no longer in use
    NOTIFY_GUID(0x16, "NotifyGUID"), // page no longer in use
    DEVICE_FRIENDLY_NAME(0x17, "DeviceFriendlyName"); // page no longer in use

    private final int token;
    private final String xmlName;

    AirNotify(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.AIR_NOTIFY;
    }

    @Override
    public int token() {
        return token;
    }

    @Override
    public String xmlName() {
        return xmlName;
    }
}
