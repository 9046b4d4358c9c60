package org.eassms.eas.sync.context;

import java.time.Duration;

/**
 * The server cannot take the request now and says when to come back: HTTP 503 with Retry-After
 * (MS-ASHTTP 3.2.5.1). Neither 401 (a phone would ask its user for a password that is right) nor
 * 500 (it is passing, not broken). Raised when a replica holds its limit of hanging requests, when
 * too many arrive at once, and when logins cannot be checked.
 */
public final class TryLater extends RuntimeException {
    private final Duration retryAfter;

    public TryLater(String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** When to try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
