package org.eassms.eas.sync.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.sync.auth.AuthenticatedUser;
import org.eassms.eas.sync.auth.UserAuthenticator;
import org.eassms.eas.sync.command.CommandContext;
import org.eassms.eas.sync.command.CommandHandler;
import org.eassms.eas.sync.command.CommandResult;
import org.eassms.eas.sync.command.DeviceRegistry;
import org.eassms.eas.sync.command.ProvisioningRequiredException;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.http.ConnectionIdle;
import org.eassms.eas.sync.validation.Text;
import org.eassms.eas.wbxml.WbxmlException;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.jboss.logging.Logger;

/**
 * The ActiveSync front door (MS-ASHTTP): OPTIONS advertises versions and commands; POST
 * authenticates, parses the query (plain or base64 form), decodes the WBXML body, enforces
 * provisioning and hands the command to its handler.
 */
@Path("/Microsoft-Server-ActiveSync")
public class ActiveSyncResource {
    private static final Logger LOG = Logger.getLogger(ActiveSyncResource.class);

    static final String WBXML = "application/vnd.ms-sync.wbxml";
    static final String PROTOCOL_VERSIONS = "12.1,14.0,14.1";
    private static final Set<String> SUPPORTED_VERSIONS = Set.of(PROTOCOL_VERSIONS.split(","));
    static final String SERVER_VERSION = "14.1";

    /** Every command of MS-ASCMD 2.2.1, lower case: the ones not served here are 501. */
    private static final Set<String> ACTIVESYNC_COMMANDS =
            Set.of(
                    "autodiscover",
                    "find",
                    "foldercreate",
                    "folderdelete",
                    "foldersync",
                    "folderupdate",
                    "getattachment",
                    "getitemestimate",
                    "itemoperations",
                    "meetingresponse",
                    "moveitems",
                    "ping",
                    "provision",
                    "resolverecipients",
                    "search",
                    "sendmail",
                    "settings",
                    "smartforward",
                    "smartreply",
                    "sync",
                    "validatecert");

    private final UserAuthenticator authenticator;
    private final DeviceRegistry devices;
    private final DeviceConcurrency concurrency;
    private final ConnectionIdle connectionIdle;
    private final SyncConfig config;
    private final Map<String, CommandHandler> handlers = new HashMap<>();
    private final Map<CommandHandler, Timer> timers = new HashMap<>();
    private final String commands;

    ActiveSyncResource(
            UserAuthenticator authenticator,
            DeviceRegistry devices,
            DeviceConcurrency concurrency,
            ConnectionIdle connectionIdle,
            SyncConfig config,
            Instance<CommandHandler> all,
            MeterRegistry metrics) {
        this.authenticator = authenticator;
        this.devices = devices;
        this.concurrency = concurrency;
        this.connectionIdle = connectionIdle;
        this.config = config;
        for (CommandHandler handler : all) {
            handlers.put(handler.command().toLowerCase(Locale.ROOT), handler);
            // A Sync or Ping that hangs is timed until its answer, wait included.
            timers.put(
                    handler,
                    Timer.builder("eas.command")
                            .description(
                                    "an ActiveSync command from its decoded request to its answer")
                            .tag("command", handler.command())
                            .publishPercentiles(0.5, 0.99)
                            .register(metrics));
        }
        this.commands =
                String.join(",", all.stream().map(CommandHandler::command).sorted().toList());
    }

    @OPTIONS
    public Response options() {
        return Response.ok()
                .header("MS-Server-ActiveSync", SERVER_VERSION)
                .header("MS-ASProtocolVersions", PROTOCOL_VERSIONS)
                .header("MS-ASProtocolCommands", commands)
                .header("Allow", "OPTIONS,POST")
                .header("Public", "OPTIONS,POST")
                .build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> post(
            @Context HttpServerRequest http,
            @Context RoutingContext routing,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("MS-ASProtocolVersion") String versionHeader,
            @HeaderParam("X-MS-PolicyKey") String policyKeyHeader,
            byte[] body) {
        ActiveSyncQuery query = ActiveSyncQuery.parse(http.query()).orElse(null);
        if (query == null) {
            LOG.infof("rejected request with query '%s'", Text.forLog(http.query()));
            return Uni.createFrom().item(Response.status(400).build());
        }
        String version = query.protocolVersion() != null ? query.protocolVersion() : versionHeader;
        if (version == null || !SUPPORTED_VERSIONS.contains(version)) {
            // Only what OPTIONS advertises: a version we do not speak would be answered in one we
            // do (MS-ASHTTP 2.2.1.1.2.6).
            LOG.infof(
                    "rejected %s from %s: protocol version '%s'",
                    query.command(), query.deviceId(), Text.forLog(version));
            return Uni.createFrom().item(Response.status(400).build());
        }
        return authenticator
                .authenticate(authorization, ClientAddress.of(http))
                .chain(user -> dispatch(query, user, version, policyKeyHeader, body, routing));
    }

    private Uni<Response> dispatch(
            ActiveSyncQuery query,
            AuthenticatedUser user,
            String version,
            String policyKeyHeader,
            byte[] body,
            RoutingContext routing) {
        if (query.user() != null && !sameUser(query.user(), user)) {
            LOG.infof("user '%s' sent a request as '%s'", user.username(), query.user());
            return Uni.createFrom().item(Response.status(403).build());
        }
        CommandHandler handler = handlers.get(query.command().toLowerCase(Locale.ROOT));
        if (handler == null) {
            // 501 says "a command this server does not implement" (MS-ASHTTP 3.2.5.1); a name
            // that is no ActiveSync command at all is the client's mistake.
            boolean known = ACTIVESYNC_COMMANDS.contains(query.command().toLowerCase(Locale.ROOT));
            LOG.infof(
                    "command %s is %s",
                    Text.forLog(query.command()), known ? "not served" : "unknown");
            return Uni.createFrom().item(Response.status(known ? 501 : 400).build());
        }
        if (handler.mayHang()) {
            // The request has arrived whole; it may now wait for changes with nothing on the wire.
            connectionIdle.whileProcessing(routing);
        }
        Element request;
        try {
            request = body == null || body.length == 0 ? null : WbxmlDocument.decode(body);
        } catch (WbxmlException e) {
            LOG.infof(
                    "malformed WBXML in %s from %s/%s: %s",
                    query.command(), user.username(), query.deviceId(), e.getMessage());
            return Uni.createFrom().item(Response.status(400).build());
        }
        CommandContext context =
                new CommandContext(
                        user,
                        query.deviceId(),
                        query.deviceType(),
                        version,
                        query.policyKey() != null ? query.policyKey() : parseKey(policyKeyHeader));
        LOG.debugf("%s from %s/%s", query.command(), user.username(), query.deviceId());
        return concurrency.run(
                user.id(), query.deviceId(), () -> handle(handler, context, request));
    }

    private Uni<Response> handle(CommandHandler handler, CommandContext context, Element request) {
        long start = System.nanoTime();
        return provisioned(handler, context)
                .chain(
                        ok ->
                                ok
                                        ? handler.handle(context, request)
                                        : Uni.createFrom().item(mustProvision(handler, context)))
                .onFailure(ProvisioningRequiredException.class)
                .recoverWithItem(() -> mustProvision(handler, context))
                .map(ActiveSyncResource::toResponse)
                .onTermination()
                .invoke(
                        () ->
                                timers.get(handler)
                                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
    }

    private Uni<Boolean> provisioned(CommandHandler handler, CommandContext context) {
        if (!config.provisioningRequired()
                || !handler.requiresProvisioning()
                || handler.checksProvisioningInItsTransaction()) {
            return Uni.createFrom().item(true);
        }
        return Panache.withSession(() -> devices.isProvisioned(context));
    }

    /** MS-ASCMD 2.2.2: status 142 in the command's own response from 14.0 on, HTTP 449 before. */
    private static CommandResult mustProvision(CommandHandler handler, CommandContext context) {
        LOG.debugf("device %s must provision first", context.deviceId());
        return context.usesStatusForProvisioning()
                ? CommandResult.of(handler.provisioningRequired())
                : CommandResult.httpStatus(449);
    }

    private static Response toResponse(CommandResult result) {
        Response.ResponseBuilder response =
                Response.status(result.httpStatus()).header("MS-Server-ActiveSync", SERVER_VERSION);
        if (result.body() != null) {
            response.entity(WbxmlDocument.encode(result.body())).type(WBXML);
        }
        return response.build();
    }

    private static boolean sameUser(String queryUser, AuthenticatedUser user) {
        String name = queryUser.substring(queryUser.lastIndexOf('\\') + 1);
        return name.equalsIgnoreCase(user.username()) || name.equalsIgnoreCase(user.email());
    }

    private static Long parseKey(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
