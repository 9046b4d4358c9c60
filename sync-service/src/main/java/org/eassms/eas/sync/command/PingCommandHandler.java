package org.eassms.eas.sync.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.ping.PingStatus;
import org.eassms.eas.sync.command.sync.OwedChanges;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.hanging.HangingRequests;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.repository.SyncStateRepository;
import org.eassms.eas.wbxml.WbxmlException;
import org.eassms.eas.wbxml.codepage.Ping;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.jboss.logging.Logger;

/**
 * Ping (MS-ASCMD 2.2.1.13): hangs on the listed folders and answers status 2 with the folders that
 * changed since the device last synced them (woken through the same relay path as a hanging Sync),
 * or status 1 when the heartbeat ends. Parameters are cached, so an empty Ping re-uses them.
 */
@ApplicationScoped
public class PingCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(PingCommandHandler.class);

    private static final RequestReader<PingRequest> READER =
            new RequestReader<>(
                    "Ping",
                    PingCodec::decodeRequest,
                    () -> result(PingResponse.of(PingStatus.PROTOCOL_ERROR.code())));

    private final DeviceRegistry devices;
    private final SyncStateRepository states;
    private final ItemRepository items;
    private final HangingRequests hanging;
    private final SyncConfig config;

    PingCommandHandler(
            DeviceRegistry devices,
            SyncStateRepository states,
            ItemRepository items,
            HangingRequests hanging,
            SyncConfig config) {
        this.devices = devices;
        this.states = states;
        this.items = items;
        this.hanging = hanging;
        this.config = config;
    }

    @Override
    public String command() {
        return "Ping";
    }

    /** MS-ASHTTP: Ping carries no policy key. */
    @Override
    public boolean requiresProvisioning() {
        return false;
    }

    @Override
    public boolean mayHang() {
        return true;
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        if (body == null) {
            return look(context, new PingRequest(null, List.of()));
        }
        return READER.read(context, body, sent -> look(context, sent));
    }

    /** The request as sent, completed from the device's last one, then looked at. */
    private Uni<CommandResult> look(CommandContext context, PingRequest sent) {
        return Panache.withTransaction(
                        () -> devices.findOrCreate(context).map(device -> remember(device, sent)))
                .chain(request -> run(context, request));
    }

    /**
     * An empty Ping, or one without a part, reuses the last parameters of the device (MS-ASCMD
     * 2.2.1.13); complete ones are remembered for the next.
     */
    private static PingRequest remember(Device device, PingRequest sent) {
        PingRequest cached = cached(device);
        Integer heartbeat =
                sent.heartbeatInterval() != null
                        ? sent.heartbeatInterval()
                        : cached == null ? null : cached.heartbeatInterval();
        List<PingRequest.PingFolder> folders =
                !sent.folders().isEmpty()
                        ? sent.folders()
                        : cached == null ? List.of() : cached.folders();
        PingRequest effective = new PingRequest(heartbeat, folders);
        if (heartbeat != null && !folders.isEmpty()) {
            device.lastPingRequest = WbxmlDocument.encode(PingCodec.encodeRequest(effective));
        }
        return effective;
    }

    private Uni<CommandResult> run(CommandContext context, PingRequest request) {
        if (request.heartbeatInterval() == null || request.folders().isEmpty()) {
            return respond(PingResponse.of(PingStatus.MISSING_PARAMETERS.code()));
        }
        long min = config.hanging().minHeartbeat().toSeconds();
        long max = config.hanging().maxHeartbeat().toSeconds();
        int heartbeat = request.heartbeatInterval();
        if (heartbeat < min || heartbeat > max) {
            return respond(
                    new PingResponse(
                            PingStatus.HEARTBEAT_OUT_OF_RANGE.code(),
                            List.of(),
                            (int) (heartbeat < min ? min : max),
                            null));
        }
        int maxFolders = config.maxCollections();
        if (request.folders().size() > maxFolders) {
            return respond(
                    new PingResponse(
                            PingStatus.TOO_MANY_FOLDERS.code(), List.of(), null, maxFolders));
        }
        // Null means a pinged folder is gone: news too (status 7).
        return hanging.hang(
                        context.user().id(),
                        context.deviceId(),
                        Duration.ofSeconds(heartbeat),
                        () -> changedFolders(context, request),
                        changed -> changed == null || !changed.isEmpty(),
                        List.<String>of())
                .map(
                        changed -> {
                            if (changed == null) {
                                return result(
                                        PingResponse.of(PingStatus.HIERARCHY_SYNC_REQUIRED.code()));
                            }
                            return result(
                                    changed.isEmpty()
                                            ? PingResponse.of(PingStatus.EXPIRED.code())
                                            : new PingResponse(
                                                    PingStatus.CHANGES.code(),
                                                    changed,
                                                    null,
                                                    null));
                        });
    }

    /**
     * The pinged folders with changes the device has not synced; null when a folder does not exist.
     * A folder counts changes of the classes the device syncs there (its sticky Options: SMS only
     * under an SMS block), whatever folder Class the Ping names (Email, per MS-ASCMD 2.2.3.27.4).
     */
    private Uni<List<String>> changedFolders(CommandContext context, PingRequest request) {
        return Panache.withSession(
                () ->
                        devices.find(context)
                                .chain(
                                        device ->
                                                Multi.createFrom()
                                                        .iterable(request.folders())
                                                        .onItem()
                                                        .transformToUniAndConcatenate(
                                                                folder -> changed(device, folder))
                                                        .collect()
                                                        .asList())
                                .map(PingCommandHandler::changedOrMissing));
    }

    /** The ids of the changed folders, or null if one of them is gone. */
    private static List<String> changedOrMissing(List<String> results) {
        if (results.contains(MISSING)) {
            return null;
        }
        return results.stream().filter(id -> !id.isEmpty()).toList();
    }

    private static final String MISSING = "\u0000missing";

    /** The folder id if it changed, "" if not, {@link #MISSING} if there is no such folder. */
    private Uni<String> changed(Device device, PingRequest.PingFolder pinged) {
        return states.findWithFolder(device.userId, device.id, pinged.id())
                .chain(
                        found ->
                                !found.folderIsLive()
                                        ? Uni.createFrom().item(MISSING)
                                        : changedIn(device, found, pinged.id()));
    }

    /** A folder never synced is news (the device must sync it first); else what it is owed. */
    private Uni<String> changedIn(Device device, SyncStateRepository.InFolder found, String id) {
        return found.state() == null
                ? Uni.createFrom().item(id)
                : isOwedAnything(device, found.folder(), found.state()).map(owed -> owed ? id : "");
    }

    /** The question Sync and GetItemEstimate answer too (OwedChanges), on the sticky Options. */
    private Uni<Boolean> isOwedAnything(Device device, Folder folder, SyncState state) {
        return items.anyOwedChange(
                folder.id,
                state.view.modseq(),
                OwedChanges.wanted(state.view.options(), Instant.now()),
                device.id);
    }

    private static PingRequest cached(Device device) {
        if (device.lastPingRequest == null) {
            return null;
        }
        try {
            return PingCodec.decodeRequest(WbxmlDocument.decode(device.lastPingRequest));
        } catch (WbxmlException | ProtocolException e) {
            return null;
        }
    }

    private static CommandResult result(PingResponse response) {
        return CommandResult.of(PingCodec.encodeResponse(response));
    }

    private static Uni<CommandResult> respond(PingResponse response) {
        return Uni.createFrom().item(result(response));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(Ping.PING).add(Ping.STATUS, CommonStatus.DEVICE_NOT_PROVISIONED.text());
    }
}
