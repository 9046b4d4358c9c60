package org.eassms.eas.protocol.settings;

/**
 * Settings Status values (MS-ASCMD 2.2.3.177.14); MS-ASMS 3.2.5.3 uses 5 for EnableOutboundSMS
 * without a number.
 */
public enum SettingsStatus {
    SUCCESS(1),
    PROTOCOL_ERROR(2),
    ACCESS_DENIED(3),
    SERVER_UNAVAILABLE(4),
    INVALID_ARGUMENTS(5),
    CONFLICTING_ARGUMENTS(6),
    DENIED_BY_POLICY(7);

    private final int code;

    SettingsStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
