package org.eassms.eas.sync.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eassms.eas.sync.auth.AuthenticationFailedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 with a Basic challenge, which is what ActiveSync clients expect before asking the user again.
 */
public class AuthenticationFailedMapper {

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ActiveSync\"")
                .build();
    }
}
