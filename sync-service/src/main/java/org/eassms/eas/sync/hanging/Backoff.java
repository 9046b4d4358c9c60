package org.eassms.eas.sync.hanging;

import java.time.Duration;

/** The pause before the next attempt: the last one doubled, never above {@code cap}. */
final class Backoff {
    private Backoff() {}

    static Duration doubled(Duration last, Duration cap) {
        Duration next = last.multipliedBy(2);
        return next.compareTo(cap) <= 0 ? next : cap;
    }
}
