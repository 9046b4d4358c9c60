package org.eassms.eas.sync.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Every answer of the web page carries the same protections: a Content-Security-Policy that allows
 * only this server's own script and styles (an SMS body can never become markup that runs), no
 * framing, no caching of a mailbox, no referrer leaking a conversation's number.
 */
final class WebResponses {
    static final String SESSION_COOKIE = "eas_session";

    private static final String CSP =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                    + " connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
                    + " base-uri 'none'";

    private WebResponses() {}

    static Uni<Response> html(int status, TemplateInstance page) {
        return page.createUni()
                .map(
                        html ->
                                protect(Response.status(status))
                                        .type("text/html;charset=UTF-8")
                                        .entity(html)
                                        .build());
    }

    /** 303: after a form, the browser fetches the next page with GET (no resubmission). */
    static Response seeOther(String path, NewCookie... cookies) {
        return protect(Response.seeOther(URI.create(path))).cookie(cookies).build();
    }

    static Response.ResponseBuilder protect(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    static NewCookie sessionCookie(String value, long maxAgeSeconds, boolean secure) {
        return new NewCookie.Builder(SESSION_COOKIE)
                .value(value)
                .path("/web")
                .httpOnly(true)
                .secure(secure)
                // Lax: a link to the page from elsewhere opens it signed in; the forms' CSRF
                // token, not the cookie policy, is what protects every change.
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) maxAgeSeconds)
                .build();
    }

    static NewCookie expiredSessionCookie(boolean secure) {
        return sessionCookie("", 0, secure);
    }
}
