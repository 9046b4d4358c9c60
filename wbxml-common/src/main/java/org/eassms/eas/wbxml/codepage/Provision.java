package org.eassms.eas.wbxml.codepage;

import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;

/** Code page 14, Provision: MS-ASWBXML section 2.1.2.1.15. */
public enum Provision implements Tag {
    PROVISION(0x05, "Provision"),
    POLICIES(0x06, "Policies"),
    POLICY(0x07, "Policy"),
    POLICY_TYPE(0x08, "PolicyType"),
    POLICY_KEY(0x09, "PolicyKey"),
    DATA(0x0A, "Data"),
    STATUS(0x0B, "Status"),
    REMOTE_WIPE(0x0C, "RemoteWipe"),
    EAS_PROVISION_DOC(0x0D, "EASProvisionDoc"), // since 12.0
    DEVICE_PASSWORD_ENABLED(0x0E, "DevicePasswordEnabled"), // since 12.0
    ALPHANUMERIC_DEVICE_PASSWORD_REQUIRED(0x0F, "AlphanumericDevicePasswordRequired"), // since 12.0
    REQUIRE_STORAGE_CARD_ENCRYPTION(
            0x10, "RequireStorageCardEncryption"), // called DeviceEncryptionEnabled before r8.0
    PASSWORD_RECOVERY_ENABLED(0x11, "PasswordRecoveryEnabled"), // since 12.0
    DOCUMENT_BROWSE_ENABLED(
            0x12, "DocumentBrowseEnabled"), // deprecated (EAS 2.5), not in the current table
    ATTACHMENTS_ENABLED(0x13, "AttachmentsEnabled"), // since 12.0
    MIN_DEVICE_PASSWORD_LENGTH(0x14, "MinDevicePasswordLength"), // since 12.0
    MAX_INACTIVITY_TIME_DEVICE_LOCK(0x15, "MaxInactivityTimeDeviceLock"), // since 12.0
    MAX_DEVICE_PASSWORD_FAILED_ATTEMPTS(0x16, "MaxDevicePasswordFailedAttempts"), // since 12.0
    MAX_ATTACHMENT_SIZE(0x17, "MaxAttachmentSize"), // since 12.0
    ALLOW_SIMPLE_DEVICE_PASSWORD(0x18, "AllowSimpleDevicePassword"), // since 12.0
    DEVICE_PASSWORD_EXPIRATION(0x19, "DevicePasswordExpiration"), // since 12.0
    DEVICE_PASSWORD_HISTORY(0x1A, "DevicePasswordHistory"), // since 12.0
    ALLOW_STORAGE_CARD(0x1B, "AllowStorageCard"), // since 12.1
    ALLOW_CAMERA(0x1C, "AllowCamera"), // since 12.1
    REQUIRE_DEVICE_ENCRYPTION(0x1D, "RequireDeviceEncryption"), // since 12.1
    ALLOW_UNSIGNED_APPLICATIONS(0x1E, "AllowUnsignedApplications"), // since 12.1
    ALLOW_UNSIGNED_INSTALLATION_PACKAGES(0x1F, "AllowUnsignedInstallationPackages"), // since 12.1
    MIN_DEVICE_PASSWORD_COMPLEX_CHARACTERS(
            0x20, "MinDevicePasswordComplexCharacters"), // since 12.1
    ALLOW_WI_FI(0x21, "AllowWiFi"), // since 12.1
    ALLOW_TEXT_MESSAGING(0x22, "AllowTextMessaging"), // since 12.1
    ALLOW_POPIMAP_EMAIL(0x23, "AllowPOPIMAPEmail"), // since 12.1
    ALLOW_BLUETOOTH(0x24, "AllowBluetooth"), // since 12.1
    ALLOW_IR_DA(0x25, "AllowIrDA"), // since 12.1
    REQUIRE_MANUAL_SYNC_WHEN_ROAMING(0x26, "RequireManualSyncWhenRoaming"), // since 12.1
    ALLOW_DESKTOP_SYNC(0x27, "AllowDesktopSync"), // since 12.1
    MAX_CALENDAR_AGE_FILTER(0x28, "MaxCalendarAgeFilter"), // since 12.1
    ALLOW_HTML_EMAIL(0x29, "AllowHTMLEmail"), // since 12.1
    MAX_EMAIL_AGE_FILTER(0x2A, "MaxEmailAgeFilter"), // since 12.1
    MAX_EMAIL_BODY_TRUNCATION_SIZE(0x2B, "MaxEmailBodyTruncationSize"), // since 12.1
    MAX_EMAIL_HTML_BODY_TRUNCATION_SIZE(0x2C, "MaxEmailHTMLBodyTruncationSize"), // since 12.1
    REQUIRE_SIGNED_SMIME_MESSAGES(0x2D, "RequireSignedSMIMEMessages"), // since 12.1
    REQUIRE_ENCRYPTED_SMIME_MESSAGES(0x2E, "RequireEncryptedSMIMEMessages"), // since 12.1
    REQUIRE_SIGNED_SMIME_ALGORITHM(0x2F, "RequireSignedSMIMEAlgorithm"), // since 12.1
    REQUIRE_ENCRYPTION_SMIME_ALGORITHM(0x30, "RequireEncryptionSMIMEAlgorithm"), // since 12.1
    ALLOW_SMIME_ENCRYPTION_ALGORITHM_NEGOTIATION(
            0x31, "AllowSMIMEEncryptionAlgorithmNegotiation"), // since 12.1
    ALLOW_SMIME_SOFT_CERTS(0x32, "AllowSMIMESoftCerts"), // since 12.1
    ALLOW_BROWSER(0x33, "AllowBrowser"), // since 12.1
    ALLOW_CONSUMER_EMAIL(0x34, "AllowConsumerEmail"), // since 12.1
    ALLOW_REMOTE_DESKTOP(0x35, "AllowRemoteDesktop"), // since 12.1
    ALLOW_INTERNET_SHARING(0x36, "AllowInternetSharing"), // since 12.1
    UNAPPROVED_IN_ROM_APPLICATION_LIST(0x37, "UnapprovedInROMApplicationList"), // since 12.1
    APPLICATION_NAME(0x38, "ApplicationName"), // since 12.1
    APPROVED_APPLICATION_LIST(0x39, "ApprovedApplicationList"), // since 12.1
    HASH(0x3A, "Hash"), // since 12.1
    ACCOUNT_ONLY_REMOTE_WIPE(0x3B, "AccountOnlyRemoteWipe"); // since 16.1

    private final int token;
    private final String xmlName;

    Provision(int token, String xmlName) {
        this.token = token;
        this.xmlName = xmlName;
    }

    @Override
    public CodePage page() {
        return CodePage.PROVISION;
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
