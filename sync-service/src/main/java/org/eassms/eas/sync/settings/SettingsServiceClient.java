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
import org.eassms.eas.contract.InternalHeaders;
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
            @HeaderParam(InternalHeaders.TOKEN) String token,
            @HeaderParam(InternalHeaders.USER_ID) long userId,
            @HeaderParam(InternalHeaders.USERNAME) String username,
            @HeaderParam(InternalHeaders.EMAIL) String email,
            @HeaderParam(InternalHeaders.DEVICE_ID) String deviceId,
            @HeaderParam(InternalHeaders.DEVICE_TYPE) String deviceType,
            @HeaderParam(InternalHeaders.PROTOCOL_VERSION) String protocolVersion,
            byte[] body);

    @GET
    @Path("/sms/devices")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> devices(
            @HeaderParam(InternalHeaders.TOKEN) String token,
            @HeaderParam(InternalHeaders.USER_ID) long userId,
            @HeaderParam(InternalHeaders.USERNAME) String username,
            @HeaderParam(InternalHeaders.EMAIL) String email);
}
