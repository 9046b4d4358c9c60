package org.eassms.eas.sync.api;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eassms.eas.sync.auth.UserAuthenticator;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.outbox.TextMessagingNotAllowed;
import org.eassms.eas.sync.settings.SettingsServiceClient;
import org.eassms.eas.sync.sms.NewSms;
import org.eassms.eas.sync.sms.SmsService;
import org.eassms.eas.sync.validation.RequestProblems;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The JSON API for web pages and scripts, with the same Basic credentials as ActiveSync: put an SMS
 * into the Outbox, follow its status, and list the devices that can send it (MS-ASMS 3.2.5.3).
 */
@Path("/api/sms")
@Produces(MediaType.APPLICATION_JSON)
public class SmsResource {
    private static final Logger LOG = Logger.getLogger(SmsResource.class);
    private static final String TEXT_MESSAGING_OFF =
            "text messaging is not allowed for this account (AllowTextMessaging)";

    private final UserAuthenticator authenticator;
    private final SmsService sms;
    private final SettingsServiceClient settings;
    private final SyncConfig config;
    private final Validator validator;

    SmsResource(
            UserAuthenticator authenticator,
            SmsService sms,
            @RestClient SettingsServiceClient settings,
            SyncConfig config,
            Validator validator) {
        this.validator = validator;
        this.authenticator = authenticator;
        this.sms = sms;
        this.settings = settings;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> send(
            @Context HttpServerRequest http,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            NewSms request) {
        return authenticator
                .authenticate(authorization, ClientAddress.of(http))
                .chain(
                        user -> {
                            List<String> problems = RequestProblems.of(validator, request);
                            if (!problems.isEmpty()) {
                                LOG.infof("rejected SMS from %s: %s", user.username(), problems);
                                return Uni.createFrom()
                                        .item(
                                                Response.status(400)
                                                        .entity(Map.of("errors", problems))
                                                        .build());
                            }
                            return sms.queue(user, request)
                                    .map(
                                            view ->
                                                    Response.created(
                                                                    URI.create(
                                                                            "/api/sms/"
                                                                                    + view.id()))
                                                            .entity(view)
                                                            .build())
                                    .onFailure(TextMessagingNotAllowed.class)
                                    .recoverWithItem(
                                            () ->
                                                    Response.status(403)
                                                            .entity(
                                                                    Map.of(
                                                                            "errors",
                                                                            List.of(
                                                                                    TEXT_MESSAGING_OFF)))
                                                            .build());
                        });
    }

    @GET
    @Path("/{id:[0-9]+}")
    public Uni<Response> status(
            @Context HttpServerRequest http,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long id) {
        return authenticator
                .authenticate(authorization, ClientAddress.of(http))
                .chain(user -> sms.find(user, id))
                .map(
                        view ->
                                view == null
                                        ? Response.status(404).build()
                                        : Response.ok(view).build());
    }

    @GET
    @Path("/devices")
    public Uni<Response> devices(
            @Context HttpServerRequest http,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return authenticator
                .authenticate(authorization, ClientAddress.of(http))
                .chain(
                        user ->
                                settings.devices(
                                        config.internalToken().orElse(""),
                                        user.id(),
                                        user.username(),
                                        user.email()))
                .map(
                        response ->
                                response.getStatus() == 200
                                        ? Response.ok(response.readEntity(String.class)).build()
                                        : Response.status(503).build())
                .onFailure(
                        failure ->
                                !(failure
                                        instanceof
                                        org.eassms.eas.sync.auth.AuthenticationFailedException))
                .recoverWithItem(
                        failure -> {
                            LOG.warnf("settings-service unreachable: %s", failure.getMessage());
                            return Response.status(503).build();
                        });
    }
}
