package org.eassms.eas.contract;

/**
 * The HTTP headers of sync-service's internal calls to settings-service: the shared secret, and who
 * the (already authenticated) caller is.
 */
public final class InternalHeaders {
    public static final String TOKEN = "X-EAS-Internal-Token";
    public static final String USER_ID = "X-EAS-User-Id";
    public static final String USERNAME = "X-EAS-Username";
    public static final String EMAIL = "X-EAS-Email";
    public static final String DEVICE_ID = "X-EAS-Device-Id";
    public static final String DEVICE_TYPE = "X-EAS-Device-Type";
    public static final String PROTOCOL_VERSION = "X-EAS-Protocol-Version";

    private InternalHeaders() {}
}
