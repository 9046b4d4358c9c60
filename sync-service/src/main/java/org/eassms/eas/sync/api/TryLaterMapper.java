package org.eassms.eas.sync.api;

import jakarta.ws.rs.core.Response;
import org.eassms.eas.sync.context.TryLater;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 503 with Retry-After in seconds (MS-ASHTTP 3.2.5.1); whoever refused has logged it, once per
 * burst ({@link org.eassms.eas.sync.context.Refusals}).
 */
public class TryLaterMapper {

    @ServerExceptionMapper
    public Response tryLater(TryLater refused) {
        return Response.status(503)
                .header("Retry-After", Math.max(1, refused.retryAfter().toSeconds()))
                .header("MS-Server-ActiveSync", ActiveSyncResource.SERVER_VERSION)
                .build();
    }
}
