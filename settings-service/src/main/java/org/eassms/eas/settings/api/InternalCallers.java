package org.eassms.eas.settings.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eassms.eas.contract.InternalHeaders;
import org.eassms.eas.settings.config.SettingsConfig;
import org.eassms.eas.settings.service.Caller;

/**
 * Reads the identity sync-service forwards with each call ({@code X-EAS-*} headers) after checking
 * the internal token; null when the token is wrong or a header is missing.
 */
@ApplicationScoped
public class InternalCallers {
    private final SettingsConfig config;

    InternalCallers(SettingsConfig config) {
        this.config = config;
    }

    public Caller from(HttpHeaders headers) {
        String expected = config.internalToken().orElse(null);
        String given = headers.getHeaderString(InternalHeaders.TOKEN);
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String userId = headers.getHeaderString(InternalHeaders.USER_ID);
        String username = headers.getHeaderString(InternalHeaders.USERNAME);
        if (userId == null || username == null) {
            return null;
        }
        try {
            return new Caller(
                    Long.parseLong(userId),
                    username,
                    headers.getHeaderString(InternalHeaders.EMAIL),
                    headers.getHeaderString(InternalHeaders.DEVICE_ID),
                    headers.getHeaderString(InternalHeaders.DEVICE_TYPE),
                    headers.getHeaderString(InternalHeaders.PROTOCOL_VERSION));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
