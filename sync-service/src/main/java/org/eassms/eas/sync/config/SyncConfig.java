package org.eassms.eas.sync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** sync-service settings under {@code eas.sync.*}. */
@ConfigMapping(prefix = "eas.sync")
public interface SyncConfig {

    /** Bearer token of the admin API; when absent the API answers 401 to everyone. */
    Optional<String> adminToken();

    /** bcrypt cost factor for new password hashes. */
    @WithDefault("10")
    int bcryptCost();

    /**
     * How long a verified login is remembered, so phones' frequent requests do not each pay for
     * bcrypt.
     */
    @WithDefault("PT5M")
    Duration authCacheTtl();

    /**
     * Whether devices must complete the two-phase Provision before any other command (MS-ASPROV).
     */
    @WithDefault("true")
    boolean provisioningRequired();
}
