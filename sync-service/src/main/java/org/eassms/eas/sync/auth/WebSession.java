package org.eassms.eas.sync.auth;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A signed-in browser: whose it is, and the token its forms must send back (CSRF). Stored in Redis
 * under a hash of the cookie's value, never the value itself.
 */
@RegisterForReflection
public record WebSession(long userId, String username, String email, String csrf) {

    public AuthenticatedUser user() {
        return new AuthenticatedUser(userId, username, email);
    }
}
