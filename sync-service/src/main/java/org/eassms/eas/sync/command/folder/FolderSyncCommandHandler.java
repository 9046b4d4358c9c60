package org.eassms.eas.sync.command.folder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.foldersync.FolderStatus;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.foldersync.FolderSyncResponse;
import org.eassms.eas.sync.command.CommandContext;
import org.eassms.eas.sync.command.CommandHandler;
import org.eassms.eas.sync.command.CommandResult;
import org.eassms.eas.sync.command.RequestReader;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.FolderSyncState;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;
import org.jboss.logging.Logger;

/**
 * FolderSync (MS-ASCMD 2.2.1.5), incremental: SyncKey 0 lists every live folder; a current key gets
 * the Adds, Updates and Deletes other devices made since, and a new key when there are any; the
 * previous key (a lost answer) is answered again; anything else is status 9 and the client starts
 * over at 0.
 */
@ApplicationScoped
public class FolderSyncCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(FolderSyncCommandHandler.class);

    private static final RequestReader<FolderSyncRequest> READER =
            new RequestReader<>(
                    "FolderSync",
                    FolderSyncCodec::decodeRequest,
                    () -> result(FolderSyncResponse.failed(FolderStatus.MALFORMED_REQUEST.code())));

    private final FolderRepository folders;
    private final HierarchyState hierarchy;

    FolderSyncCommandHandler(FolderRepository folders, HierarchyState hierarchy) {
        this.folders = folders;
        this.hierarchy = hierarchy;
    }

    @Override
    public String command() {
        return "FolderSync";
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        return READER.read(context, body, request -> folderSync(context, request));
    }

    private Uni<CommandResult> folderSync(CommandContext context, FolderSyncRequest request) {
        return hierarchy
                .inTransaction(context, (device, state) -> answer(device, state, request.syncKey()))
                .map(FolderSyncCommandHandler::result);
    }

    private Uni<FolderSyncResponse> answer(Device device, FolderSyncState state, String key) {
        if ("0".equals(key)) {
            return folders.changedSince(device.userId, -1)
                    .chain(
                            all -> {
                                long upTo = all.stream().mapToLong(f -> f.modseq).max().orElse(0);
                                List<org.eassms.eas.protocol.foldersync.Folder> live =
                                        all.stream()
                                                .filter(f -> !f.deleted)
                                                .map(FolderSyncCommandHandler::wire)
                                                .toList();
                                return hierarchy
                                        .restart(device, state, upTo)
                                        .map(
                                                s ->
                                                        new FolderSyncResponse(
                                                                FolderStatus.SUCCESS.code(),
                                                                "1",
                                                                live,
                                                                List.of(),
                                                                List.of()));
                            });
        }
        if (HierarchyState.isPrevious(state, key)) {
            state.syncKey = state.prevSyncKey; // the client lost our answer: tell it again
            state.modseq = state.prevModseq;
        } else if (!HierarchyState.isCurrent(state, key)) {
            LOG.debugf("FolderSync key %s from %s is unknown", key, device.deviceId);
            return Uni.createFrom()
                    .item(FolderSyncResponse.failed(FolderStatus.INVALID_SYNC_KEY.code()));
        }
        return folders.changedSince(device.userId, state.modseq)
                .map(changes -> changesFor(device, state, changes));
    }

    private static FolderSyncResponse changesFor(
            Device device, FolderSyncState state, List<Folder> changes) {
        List<org.eassms.eas.protocol.foldersync.Folder> added = new ArrayList<>();
        List<org.eassms.eas.protocol.foldersync.Folder> updated = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        long upTo = state.modseq;
        for (Folder folder : changes) {
            upTo = Math.max(upTo, folder.modseq);
            if (device.id.equals(folder.lastChangedBy)) {
                continue; // this device made the change
            }
            boolean known = folder.createdModseq <= state.modseq;
            if (folder.deleted) {
                if (known) {
                    deleted.add(folder.serverId);
                }
            } else if (known) {
                updated.add(wire(folder));
            } else {
                added.add(wire(folder));
            }
        }
        if (added.isEmpty() && updated.isEmpty() && deleted.isEmpty()) {
            state.modseq = upTo;
            return new FolderSyncResponse(
                    FolderStatus.SUCCESS.code(),
                    Integer.toString(state.syncKey),
                    List.of(),
                    List.of(),
                    List.of());
        }
        String next = HierarchyState.advance(state, upTo);
        return new FolderSyncResponse(FolderStatus.SUCCESS.code(), next, added, updated, deleted);
    }

    private static org.eassms.eas.protocol.foldersync.Folder wire(Folder folder) {
        return new org.eassms.eas.protocol.foldersync.Folder(
                folder.serverId, folder.parentId, folder.displayName, folder.type);
    }

    private static CommandResult result(FolderSyncResponse response) {
        return CommandResult.of(FolderSyncCodec.encodeResponse(response));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(FolderHierarchy.FOLDER_SYNC)
                .add(FolderHierarchy.STATUS, CommonStatus.DEVICE_NOT_PROVISIONED.text());
    }
}
