package org.eassms.eas.settings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** settings-service settings under {@code eas.settings.*}. */
@ConfigMapping(prefix = "eas.settings")
public interface SettingsConfig {

    /**
     * Shared secret sync-service presents in {@code X-EAS-Internal-Token}; when absent every call
     * is refused.
     */
    Optional<String> internalToken();

    /**
     * How often the SMS transports' topic is checked for a broker that lost it
     * (TransportsTopicWatch): one metadata and one offsets request to the broker.
     */
    @WithDefault("PT1M")
    Duration transportsCheck();
}
