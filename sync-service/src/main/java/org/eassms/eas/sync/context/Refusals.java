package org.eassms.eas.sync.context;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Turns requests away with {@link TryLater}, each told to come back after between one and two times
 * a base delay at random, so that phones refused together do not return together. Counted always,
 * logged once when refusing starts (a burst would otherwise log every phone).
 */
public final class Refusals {
    /** After this long without a refusal, the next one is logged again. */
    private static final Duration QUIET_BETWEEN_LOGS = Duration.ofSeconds(10);

    private final Logger log;
    private final String what;
    private final Counter counter;
    private volatile long lastRefused = System.nanoTime() - Duration.ofHours(1).toNanos();

    /** {@code what} names what is refused in the log line ("hanging requests", "logins"). */
    public Refusals(Logger log, String what, Counter counter) {
        this.log = log;
        this.what = what;
        this.counter = counter;
    }

    public TryLater refuse(String reason, Duration base) {
        counter.increment();
        long now = System.nanoTime();
        if (now - lastRefused > QUIET_BETWEEN_LOGS.toNanos()) {
            log.warnf("refusing %s (503, Retry-After): %s", what, reason);
        } else {
            log.debugf("refused one of the %s: %s", what, reason);
        }
        lastRefused = now;
        long spread = (long) (ThreadLocalRandom.current().nextDouble() * base.toMillis());
        return new TryLater(reason, base.plusMillis(spread));
    }
}
