package org.eassms.eas.relay.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** relay-dispatcher settings under {@code eas.relay.*}. */
@ConfigMapping(prefix = "eas.relay")
public interface RelayConfig {

    /** How long a processed event id is remembered. */
    @WithDefault("PT24H")
    Duration dedupeTtl();
}
