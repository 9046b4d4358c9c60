package org.eassms.eas.sync.command.folder;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec.UpdateRequest;
import org.eassms.eas.protocol.foldersync.FolderStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;

/**
 * FolderUpdate (MS-ASCMD 2.2.1.4): renames and moves a user folder; status 3 for a standard folder,
 * 4 for an unknown one, 5 for an unknown parent (or the folder itself), 2 for a name already taken.
 */
// A singleton: its superclass takes its collaborators, so no client proxy can be made.
@Singleton
public class FolderUpdateCommandHandler extends FolderOperation<UpdateRequest> {
    FolderUpdateCommandHandler(Collaborators with) {
        super(with, FolderHierarchy.FOLDER_UPDATE, FolderOperationsCodec::decodeUpdate);
    }

    @Override
    Uni<Outcome> apply(Device device, UpdateRequest request) {
        return onUserFolder(device, request.serverId(), folder -> move(device, folder, request));
    }

    /** Under a parent that exists and is not the folder itself, then renamed. */
    private Uni<Outcome> move(Device device, Folder folder, UpdateRequest request) {
        if (request.parentId().equals(folder.serverId)) {
            return Outcome.now(FolderStatus.PARENT_NOT_FOUND);
        }
        return parentExists(device, request.parentId())
                .chain(
                        exists ->
                                exists
                                        ? rename(device, folder, request)
                                        : Outcome.now(FolderStatus.PARENT_NOT_FOUND));
    }

    private Uni<Outcome> rename(Device device, Folder folder, UpdateRequest request) {
        return folders.findNamed(device.userId, request.parentId(), request.displayName())
                .chain(
                        taken -> {
                            if (taken != null && !taken.id.equals(folder.id)) {
                                return Outcome.now(FolderStatus.ALREADY_EXISTS);
                            }
                            return items.nextModseq()
                                    .map(
                                            modseq -> {
                                                folder.parentId = request.parentId();
                                                folder.displayName = request.displayName();
                                                folder.modseq = modseq;
                                                folder.lastChangedBy = device.id;
                                                return Outcome.of(FolderStatus.SUCCESS);
                                            });
                        });
    }
}
