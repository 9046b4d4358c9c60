package org.eassms.eas.settings.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.protocol.settings.SettingsStatus;
import org.eassms.eas.settings.service.Caller;
import org.eassms.eas.settings.service.DeviceSettingsService;
import org.eassms.eas.wbxml.WbxmlException;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.jboss.logging.Logger;

/**
 * The Settings command (MS-ASCMD 2.2.1.18), as forwarded by sync-service with its WBXML body
 * unchanged.
 */
@Path("/internal/settings")
public class SettingsCommandResource {
    private static final Logger LOG = Logger.getLogger(SettingsCommandResource.class);
    private static final String WBXML = "application/vnd.ms-sync.wbxml";

    private final InternalCallers callers;
    private final DeviceSettingsService service;

    SettingsCommandResource(InternalCallers callers, DeviceSettingsService service) {
        this.callers = callers;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> settings(@Context HttpHeaders headers, byte[] body) {
        Caller caller = callers.from(headers);
        if (caller == null) {
            return Uni.createFrom().item(Response.status(401).build());
        }
        SettingsRequest request;
        try {
            request = SettingsCodec.decodeRequest(WbxmlDocument.decode(body));
        } catch (WbxmlException e) {
            LOG.infof("malformed WBXML in Settings from %s: %s", caller.deviceId(), e.getMessage());
            return Uni.createFrom().item(Response.status(400).build());
        } catch (ProtocolException e) {
            LOG.infof("Settings from %s rejected: %s", caller.deviceId(), e.getMessage());
            return Uni.createFrom()
                    .item(wbxml(SettingsResponse.failed(SettingsStatus.PROTOCOL_ERROR.code())));
        }
        Uni<Integer> deviceStatus =
                request.deviceInformation() == null
                        ? Uni.createFrom().nullItem()
                        : service.apply(caller, request.deviceInformation())
                                .map(SettingsStatus::code);
        return deviceStatus.map(status -> wbxml(response(caller, request, status)));
    }

    private static SettingsResponse response(
            Caller caller, SettingsRequest request, Integer deviceStatus) {
        if (!request.userInformationGet()) {
            return new SettingsResponse(1, deviceStatus, null, List.of(), null, null);
        }
        boolean accounts =
                caller.protocolVersion() != null && caller.protocolVersion().compareTo("14.1") >= 0;
        String email = caller.email();
        return new SettingsResponse(
                1,
                deviceStatus,
                1,
                email == null ? List.of() : List.of(email),
                accounts ? email : null,
                accounts ? caller.username() : null);
    }

    private static Response wbxml(SettingsResponse response) {
        return Response.ok(WbxmlDocument.encode(SettingsCodec.encodeResponse(response)), WBXML)
                .build();
    }
}
