package org.eassms.eas.sync.api;

import jakarta.ws.rs.core.Response;
import org.eassms.eas.sync.auth.TooManyFailedLogins;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 with Retry-After: the login was not checked (LoginThrottle has logged it). */
public class TooManyFailedLoginsMapper {

    @ServerExceptionMapper
    public Response throttled(TooManyFailedLogins e) {
        return Response.status(429)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .header("MS-Server-ActiveSync", ActiveSyncResource.SERVER_VERSION)
                .build();
    }
}
