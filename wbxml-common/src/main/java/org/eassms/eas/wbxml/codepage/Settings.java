package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 18, Settings: MS-ASWBXML section 2.1.2.1.19. */
public enum Settings implements Tag {
    SETTINGS(0x05, "Settings"),
    STATUS(0x06, "Status"),
    GET(0x07, "Get"),
    SET(0x08, "Set"),
    OOF(0x09, "Oof"),
    OOF_STATE(0x0A, "OofState"),
    START_TIME(0x0B, "StartTime"),
    END_TIME(0x0C, "EndTime"),
    OOF_MESSAGE(0x0D, "OofMessage"),
    APPLIES_TO_INTERNAL(0x0E, "AppliesToInternal"),
    APPLIES_TO_EXTERNAL_KNOWN(0x0F, "AppliesToExternalKnown"),
    APPLIES_TO_EXTERNAL_UNKNOWN(0x10, "AppliesToExternalUnknown"),
    ENABLED(0x11, "Enabled"),
    REPLY_MESSAGE(0x12, "ReplyMessage"),
    BODY_TYPE(0x13, "BodyType"),
    DEVICE_PASSWORD(0x14, "DevicePassword"),
    PASSWORD(0x15, "Password"),
    DEVICE_INFORMATION(0x16, "DeviceInformation"),
    MODEL(0x17, "Model"),
    IMEI(0x18, "IMEI"),
    FRIENDLY_NAME(0x19, "FriendlyName"),
    OS(0x1A, "OS"),
    OS_LANGUAGE(0x1B, "OSLanguage"),
    PHONE_NUMBER(0x1C, "PhoneNumber"),
    USER_INFORMATION(0x1D, "UserInformation"),
    EMAIL_ADDRESSES(0x1E, "EmailAddresses"),
    SMTP_ADDRESS(0x1F, "SMTPAddress"), // MS-ASCMD 2.2.3.171 spells SMTPAddress (libwbxml/grommunio:
    // SmtpAddress)
    USER_AGENT(0x20, "UserAgent"), // since 12.1
    ENABLE_OUTBOUND_SMS(0x21, "EnableOutboundSMS"), // since 14.0
    MOBILE_OPERATOR(0x22, "MobileOperator"), // since 14.0
    PRIMARY_SMTP_ADDRESS(0x23, "PrimarySmtpAddress"), // since 14.1
    ACCOUNTS(0x24, "Accounts"), // since 14.1
    ACCOUNT(0x25, "Account"), // since 14.1
    ACCOUNT_ID(0x26, "AccountId"), // since 14.1
    ACCOUNT_NAME(0x27, "AccountName"), // since 14.1
    USER_DISPLAY_NAME(0x28, "UserDisplayName"), // since 14.1
    SEND_DISABLED(0x29, "SendDisabled"), // since 14.1
    RIGHTS_MANAGEMENT_INFORMATION(0x2B, "RightsManagementInformation"); // since 14.1

    private final int token;
    private final String xmlName;

    Settings(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.SETTINGS;
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
