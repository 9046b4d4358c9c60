package org.eassms.eas.settings.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eassms.eas.settings.service.Caller;
import org.eassms.eas.settings.service.DeviceSettingsService;

/**
 * The caller's devices and which relay SMS (MS-ASMS 3.2.5.3: the state and number reach all the
 * user's clients). Public as {@code GET /api/sms/devices} through sync-service.
 */
@Path("/internal/sms/devices")
public class SmsDevicesResource {

    private final InternalCallers callers;
    private final DeviceSettingsService service;

    SmsDevicesResource(InternalCallers callers, DeviceSettingsService service) {
        this.callers = callers;
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> list(@Context HttpHeaders headers) {
        Caller caller = callers.from(headers);
        if (caller == null) {
            return Uni.createFrom().item(Response.status(401).build());
        }
        return service.devicesOf(caller.userId()).map(devices -> Response.ok(devices).build());
    }
}
