package org.eassms.eas.settings.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** settings-service settings under {@code eas.settings.*}. */
@ConfigMapping(prefix = "eas.settings")
public interface SettingsConfig {

    /**
     * Shared secret sync-service presents in {@code X-EAS-Internal-Token}; when absent every call
     * is refused.
     */
    Optional<String> internalToken();
}
