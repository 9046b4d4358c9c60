package org.eassms.eas.sync.auth;

/** Missing, malformed or wrong credentials: answered with HTTP 401 and a Basic challenge. */
public final class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException(String reason) {
        super(reason, null, false, false);
    }
}
