package org.eassms.eas.sync.api;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eassms.eas.sync.auth.TooManyFailedLogins;
import org.eassms.eas.sync.context.TryLater;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals that tell the client when to come back (Retry-After, in seconds). Whoever refused has
 * logged it, once per burst.
 */
public class ComeBackLaterMappers {

    /** 503: the server cannot take it now (MS-ASHTTP 3.2.5.1). */
    @ServerExceptionMapper
    public Response tryLater(TryLater refused) {
        return comeBack(503, refused.retryAfter());
    }

    /** 429: too many failed logins; the password was not checked. */
    @ServerExceptionMapper
    public Response throttled(TooManyFailedLogins refused) {
        return comeBack(429, refused.retryAfter());
    }

    private static Response comeBack(int status, Duration after) {
        return Response.status(status)
                .header("Retry-After", Math.max(1, after.toSeconds()))
                .header("MS-Server-ActiveSync", ActiveSyncResource.SERVER_VERSION)
                .build();
    }
}
