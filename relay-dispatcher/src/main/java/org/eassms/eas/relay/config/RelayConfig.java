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

    /**
     * How long an event whose wakes cannot be sent (Redis down) is tried again before it is given
     * up with a WARN. Meanwhile sync-service's hanging requests look at the database every few
     * seconds, so giving up delays no SMS for long; holding the event longer would only hold the
     * partition behind it.
     */
    @WithDefault("PT20S")
    Duration wakeRetry();

    /** Partitions of the wake path's topics when the dispatcher has to create them. */
    @WithDefault("3")
    int topicPartitions();
}
