package org.eassms.eas.sync.api;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.eassms.eas.sync.account.DeviceAdministration;
import org.eassms.eas.sync.account.DeviceInventory;
import org.eassms.eas.sync.account.NewUser;
import org.eassms.eas.sync.account.TextMessagingPolicy;
import org.eassms.eas.sync.account.TextMessagingSetting;
import org.eassms.eas.sync.account.UserAccountService;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.validation.RequestProblems;
import org.jboss.logging.Logger;

/**
 * Account administration: {@code POST /admin/users}, {@code DELETE /admin/users/{username}} and
 * {@code GET /admin/users/{username}/devices}, bearer token only.
 */
@Path("/admin/users")
public class AdminUserResource {
    private static final Logger LOG = Logger.getLogger(AdminUserResource.class);

    private final UserAccountService accounts;
    private final DeviceInventory inventory;
    private final DeviceAdministration administration;
    private final TextMessagingPolicy textMessaging;
    private final SyncConfig config;
    private final Validator validator;

    AdminUserResource(
            UserAccountService accounts,
            DeviceInventory inventory,
            DeviceAdministration administration,
            TextMessagingPolicy textMessaging,
            SyncConfig config,
            Validator validator) {
        this.textMessaging = textMessaging;
        this.accounts = accounts;
        this.inventory = inventory;
        this.administration = administration;
        this.config = config;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            NewUser request) {
        if (!authorized(authorization)) {
            return Uni.createFrom().item(unauthorized());
        }
        List<String> problems = RequestProblems.of(validator, request);
        if (!problems.isEmpty()) {
            return invalid("user creation", problems);
        }
        return accounts.create(request, actor(http))
                .map(
                        outcome ->
                                switch (outcome) {
                                    case CREATED ->
                                            Response.created(
                                                            URI.create(
                                                                    "/admin/users/"
                                                                            + request.username()))
                                                    .entity(
                                                            Map.of(
                                                                    "username",
                                                                    request.username(),
                                                                    "email",
                                                                    request.email()))
                                                    .build();
                                    case ALREADY_EXISTS ->
                                            Response.status(409)
                                                    .entity(
                                                            Map.of(
                                                                    "errors",
                                                                    List.of(
                                                                            "user '"
                                                                                    + request
                                                                                            .username()
                                                                                    + "' exists")))
                                                    .build();
                                });
    }

    @DELETE
    @Path("/{username}")
    public Uni<Response> delete(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            @PathParam("username") String username) {
        if (!authorized(authorization)) {
            return Uni.createFrom().item(unauthorized());
        }
        return accounts.delete(username, actor(http))
                .map(deleted -> Response.status(deleted ? 204 : 404).build());
    }

    /**
     * The user's AllowTextMessaging (MS-ASPROV 2.2.2.16, like the mobile device mailbox policy's
     * setting in Exchange): 204, 400 without {@code allowed}, 404 for no such user.
     */
    @PUT
    @Path("/{username}/text-messaging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> textMessaging(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            @PathParam("username") String username,
            TextMessagingSetting setting) {
        if (!authorized(authorization)) {
            return Uni.createFrom().item(unauthorized());
        }
        List<String> problems = RequestProblems.of(validator, setting);
        if (!problems.isEmpty()) {
            return invalid("text-messaging setting", problems);
        }
        return textMessaging
                .allow(username, setting.allowed(), actor(http))
                .map(found -> Response.status(found ? 204 : 404).build());
    }

    /** The user's devices (Exchange's Get-MobileDevice); 404 for a user that does not exist. */
    @GET
    @Path("/{username}/devices")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> devices(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("username") String username) {
        if (!authorized(authorization)) {
            return Uni.createFrom().item(unauthorized());
        }
        return inventory
                .of(username)
                .map(
                        devices ->
                                devices == null
                                        ? Response.status(404).build()
                                        : Response.ok(devices).build());
    }

    /**
     * Remove-MobileDevice: the device's partnership is forgotten (see {@link
     * DeviceAdministration}); 404 when the user has no such device.
     */
    @DELETE
    @Path("/{username}/devices/{deviceId}")
    public Uni<Response> removePartnership(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            @PathParam("username") String username,
            @PathParam("deviceId") String deviceId) {
        return onDevice(authorization, http, username, deviceId, administration::removePartnership);
    }

    /** The device fetches everything again at its next FolderSync and Sync. */
    @POST
    @Path("/{username}/devices/{deviceId}/resync")
    public Uni<Response> resync(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            @PathParam("username") String username,
            @PathParam("deviceId") String deviceId) {
        return onDevice(authorization, http, username, deviceId, administration::resync);
    }

    /** Clear-MobileDevice: the device is told to wipe itself at its next command (MS-ASPROV). */
    @POST
    @Path("/{username}/devices/{deviceId}/wipe")
    public Uni<Response> wipe(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            @PathParam("username") String username,
            @PathParam("deviceId") String deviceId) {
        return onDevice(authorization, http, username, deviceId, administration::requestWipe);
    }

    /** One administrative action on one device: (username, deviceId, actor) to its outcome. */
    private interface DeviceAction {
        Uni<DeviceAdministration.Outcome> on(String username, String deviceId, String actor);
    }

    private Uni<Response> onDevice(
            String authorization,
            HttpServerRequest http,
            String username,
            String deviceId,
            DeviceAction action) {
        if (!authorized(authorization)) {
            return Uni.createFrom().item(unauthorized());
        }
        return action.on(username, deviceId, actor(http))
                .map(
                        outcome ->
                                Response.status(
                                                outcome == DeviceAdministration.Outcome.DONE
                                                        ? 204
                                                        : 404)
                                        .build());
    }

    /** 400 with what was wrong, logged once. */
    private static Uni<Response> invalid(String what, List<String> problems) {
        LOG.infof("rejected %s: %s", what, problems);
        return Uni.createFrom()
                .item(Response.status(400).entity(Map.of("errors", problems)).build());
    }

    /** Who acts, for the audit: the one admin token names no person, so its caller's address. */
    private static String actor(HttpServerRequest http) {
        return "admin-token@" + ClientAddress.of(http);
    }

    private boolean authorized(String authorization) {
        String token = config.adminToken().orElse(null);
        if (token == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    private static Response unauthorized() {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
