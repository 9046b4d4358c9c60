package org.eassms.eas.sync.settings;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** settings-service's internal API; the caller's identity travels in {@code X-EAS-*} headers. */
@RegisterRestClient(configKey = "settings-service")
@Path("/internal")
public interface SettingsServiceClient {

    @POST
    @Path("/settings")
    @Consumes("application/vnd.ms-sync.wbxml")
    @Produces("application/vnd.ms-sync.wbxml")
    Uni<Response> settings(
            @HeaderParam("X-EAS-Internal-Token") String token,
            @HeaderParam("X-EAS-User-Id") long userId,
            @HeaderParam("X-EAS-Username") String username,
            @HeaderParam("X-EAS-Email") String email,
            @HeaderParam("X-EAS-Device-Id") String deviceId,
            @HeaderParam("X-EAS-Device-Type") String deviceType,
            @HeaderParam("X-EAS-Protocol-Version") String protocolVersion,
            byte[] body);

    @GET
    @Path("/sms/devices")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> devices(
            @HeaderParam("X-EAS-Internal-Token") String token,
            @HeaderParam("X-EAS-User-Id") long userId,
            @HeaderParam("X-EAS-Username") String username,
            @HeaderParam("X-EAS-Email") String email);
}
