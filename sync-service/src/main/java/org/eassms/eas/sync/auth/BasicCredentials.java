package org.eassms.eas.sync.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eassms.eas.sync.validation.Text;

/**
 * HTTP Basic credentials (RFC 7617) as ActiveSync clients send them on every request. A {@code
 * DOMAIN\\user} login is reduced to {@code user}, as Exchange does. A login with control characters
 * (a NUL, a line break) or longer than any stored name or address is no login at all: it is refused
 * here, before it reaches the database or the log.
 */
public record BasicCredentials(String login, String password) {
    /** The longest e-mail address (RFC 5321) is 254 characters; user names are shorter. */
    private static final int MAX_LOGIN = 254;

    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null
                || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded =
                    new String(
                            Base64.getDecoder().decode(authorization.substring(6).trim()),
                            StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return of(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** A login and password typed into a form; empty when the login cannot be one. */
    public static Optional<BasicCredentials> of(String login, String password) {
        if (login == null || password == null) {
            return Optional.empty();
        }
        int backslash = login.lastIndexOf('\\');
        if (backslash >= 0) {
            login = login.substring(backslash + 1);
        }
        return login.isEmpty() || login.length() > MAX_LOGIN || !Text.singleLine(login)
                ? Optional.empty()
                : Optional.of(new BasicCredentials(login, password));
    }
}
