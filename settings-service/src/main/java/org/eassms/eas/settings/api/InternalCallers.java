package org.eassms.eas.settings.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eassms.eas.settings.config.SettingsConfig;
import org.eassms.eas.settings.service.Caller;

/**
 * Reads the identity sync-service forwards with each call ({@code X-EAS-*} headers) after checking
 * the internal token; null when the token is wrong or a header is missing.
 */
@ApplicationScoped
public class InternalCallers {
    static final String TOKEN = "X-EAS-Internal-Token";

    private final SettingsConfig config;

    InternalCallers(SettingsConfig config) {
        this.config = config;
    }

    public Caller from(HttpHeaders headers) {
        String expected = config.internalToken().orElse(null);
        String given = headers.getHeaderString(TOKEN);
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String userId = headers.getHeaderString("X-EAS-User-Id");
        String username = headers.getHeaderString("X-EAS-Username");
        if (userId == null || username == null) {
            return null;
        }
        try {
            return new Caller(
                    Long.parseLong(userId),
                    username,
                    headers.getHeaderString("X-EAS-Email"),
                    headers.getHeaderString("X-EAS-Device-Id"),
                    headers.getHeaderString("X-EAS-Device-Type"),
                    headers.getHeaderString("X-EAS-Protocol-Version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
