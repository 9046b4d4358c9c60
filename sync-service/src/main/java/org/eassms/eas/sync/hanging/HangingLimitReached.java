package org.eassms.eas.sync.hanging;

import java.time.Duration;

/**
 * This replica holds as many hanging requests as it may ({@code eas.sync.hanging.limit}), or as
 * many are arriving at once as it lets look at the database together ({@code
 * eas.sync.hanging.max-arriving}): the request is answered HTTP 503 with Retry-After (MS-ASHTTP
 * 3.2.5.1) instead of hanging.
 */
public final class HangingLimitReached extends RuntimeException {
    private final Duration retryAfter;

    HangingLimitReached(String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
