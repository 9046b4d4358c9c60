package org.eassms.eas.sync.auth;

import java.time.Duration;

/**
 * Too many failed logins for the account or from the address within the window: HTTP 429 with
 * Retry-After, the password not even checked.
 */
public final class TooManyFailedLogins extends RuntimeException {
    private final Duration retryAfter;

    TooManyFailedLogins(Duration retryAfter) {
        super("too many failed logins", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
