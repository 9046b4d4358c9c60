package org.eassms.eas.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox under {@code eas.outbox.*}; its Kafka side is the {@code outbox} channel. */
@ConfigMapping(prefix = "eas.outbox")
public interface OutboxConfig {

    /**
     * The table this service appends to and relays from (Debezium column names). Its insert trigger
     * must {@code pg_notify} a channel of the same name.
     */
    @WithDefault("outbox_event")
    String table();

    /** The safety-net poll; LISTEN/NOTIFY wakes the relay at once. */
    @WithDefault("PT5S")
    Duration pollInterval();

    @WithDefault("100")
    int batchSize();

    /** The longest pause between two attempts while publishing fails (they start at 250 ms). */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /**
     * Whether the relay sends one {@code WarmUpRecord} to each partition of its topic at start
     * (only for a topic whose consumers skip them: sync-service's SMS outbox).
     */
    @WithDefault("false")
    boolean warmUpRecords();
}
