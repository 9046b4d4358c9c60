package org.eassms.eas.sync.hanging;

import java.time.Duration;

/**
 * This replica holds as many hanging requests as it may ({@code eas.sync.hanging.limit}): the
 * request is answered HTTP 503 with Retry-After (MS-ASHTTP 3.2.5.1) instead of hanging.
 */
public final class HangingLimitReached extends RuntimeException {
    private final Duration retryAfter;

    HangingLimitReached(int limit, Duration retryAfter) {
        super("this replica already holds " + limit + " hanging requests", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
