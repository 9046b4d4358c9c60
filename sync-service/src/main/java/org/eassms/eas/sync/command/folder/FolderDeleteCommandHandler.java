package org.eassms.eas.sync.command.folder;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec.DeleteRequest;
import org.eassms.eas.protocol.foldersync.FolderStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;

/**
 * FolderDelete (MS-ASCMD 2.2.1.3): deletes a user folder and every folder below it (tombstones, so
 * other devices' FolderSync reports them and their Syncs of them get status 12); status 3 for a
 * standard folder, 4 for an unknown one.
 */
// A singleton: its superclass takes its collaborators, so no client proxy can be made.
@Singleton
public class FolderDeleteCommandHandler extends FolderOperation<DeleteRequest> {
    FolderDeleteCommandHandler(Collaborators with) {
        super(with, FolderHierarchy.FOLDER_DELETE, FolderOperationsCodec::decodeDelete);
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
}
