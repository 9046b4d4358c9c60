package org.eassms.eas.sync.command.folder;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec.DeleteRequest;
import org.eassms.eas.protocol.foldersync.FolderStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.hanging.ChangeBroadcast;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;

/**
 * FolderDelete (MS-ASCMD 2.2.1.3): deletes a user folder and every folder below it (tombstones, so
 * other devices' FolderSync reports them and their Syncs of them get status 12); status 3 for a
 * standard folder, 4 for an unknown one.
 */
// A singleton: its superclass takes its collaborators, so no client proxy can be made.
@Singleton
public class FolderDeleteCommandHandler extends FolderOperation<DeleteRequest> {
    FolderDeleteCommandHandler(
            HierarchyState hierarchy,
            FolderRepository folders,
            ItemRepository items,
            ChangeBroadcast changes) {
        super(hierarchy, folders, items, changes, FolderHierarchy.FOLDER_DELETE);
    }

    @Override
    public String command() {
        return "FolderDelete";
    }

    @Override
    DeleteRequest decode(Element body) {
        return FolderOperationsCodec.decodeDelete(body);
    }

    @Override
    String syncKeyOf(DeleteRequest request) {
        return request.syncKey();
    }

    @Override
    Uni<Outcome> apply(Device device, DeleteRequest request) {
        return onUserFolder(
                device,
                request.serverId(),
                folder ->
                        items.nextModseq()
                                .chain(
                                        modseq ->
                                                folders.deleteTree(
                                                        device.userId,
                                                        folder.serverId,
                                                        modseq,
                                                        device.id))
                                .map(count -> Outcome.of(FolderStatus.SUCCESS)));
    }

    @Override
    Element answer(int status, String syncKey, String serverId) {
        return FolderOperationsCodec.encode(
                FolderHierarchy.FOLDER_DELETE, new FolderOperationsCodec.Response(status, syncKey));
    }
}
