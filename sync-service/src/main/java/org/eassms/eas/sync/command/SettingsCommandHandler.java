package org.eassms.eas.sync.command;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.protocol.settings.SettingsStatus;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.settings.SettingsServiceClient;
import org.eassms.eas.wbxml.WbxmlException;
import org.eassms.eas.wbxml.codepage.Settings;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Settings (MS-ASCMD 2.2.1.18) belongs to settings-service: the WBXML goes there unchanged with the
 * authenticated caller, so a phone needs one URL for every command. If settings-service cannot be
 * reached the answer is Settings status 4 (server unavailable), which clients retry.
 */
@ApplicationScoped
public class SettingsCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(SettingsCommandHandler.class);

    private final SettingsServiceClient settings;
    private final SyncConfig config;

    SettingsCommandHandler(@RestClient SettingsServiceClient settings, SyncConfig config) {
        this.settings = settings;
        this.config = config;
    }

    @Override
    public String command() {
        return "Settings";
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element request) {
        if (request == null) {
            return Uni.createFrom().item(status(SettingsStatus.PROTOCOL_ERROR));
        }
        return settings.settings(
                        config.internalToken().orElse(""),
                        context.user().id(),
                        context.user().username(),
                        context.user().email(),
                        context.deviceId(),
                        context.deviceType(),
                        context.protocolVersion(),
                        WbxmlDocument.encode(request))
                .map(
                        response -> {
                            if (response.getStatus() == 400) {
                                return CommandResult.httpStatus(400);
                            }
                            if (response.getStatus() != 200) {
                                LOG.warnf(
                                        "settings-service answered HTTP %d", response.getStatus());
                                return status(SettingsStatus.SERVER_UNAVAILABLE);
                            }
                            try {
                                return CommandResult.of(
                                        WbxmlDocument.decode(response.readEntity(byte[].class)));
                            } catch (WbxmlException e) {
                                LOG.errorf(
                                        "settings-service sent malformed WBXML: %s",
                                        e.getMessage());
                                return status(SettingsStatus.SERVER_UNAVAILABLE);
                            }
                        })
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.warnf("settings-service unreachable: %s", failure.getMessage());
                            return status(SettingsStatus.SERVER_UNAVAILABLE);
                        });
    }

    private static CommandResult status(SettingsStatus status) {
        return CommandResult.of(
                SettingsCodec.encodeResponse(SettingsResponse.failed(status.code())));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(Settings.SETTINGS)
                .add(Settings.STATUS, CommonStatus.DEVICE_NOT_PROVISIONED.text());
    }
}
