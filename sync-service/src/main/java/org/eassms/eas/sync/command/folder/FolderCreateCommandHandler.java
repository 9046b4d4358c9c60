package org.eassms.eas.sync.command.folder;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.Set;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec.CreateRequest;
import org.eassms.eas.protocol.foldersync.FolderStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;

/**
 * FolderCreate (MS-ASCMD 2.2.1.2): a user folder under the top level or a live folder; status 2 for
 * a name already taken there, 5 for an unknown parent, 10 for a type a client may not create.
 */
// A singleton: its superclass takes its collaborators, so no client proxy can be made.
@Singleton
public class FolderCreateCommandHandler extends FolderOperation<CreateRequest> {
    /** MS-ASCMD 2.2.3.186.1: 1 user-created generic, 12 mail, 13-17 calendar to notes. */
    private static final Set<Integer> CREATABLE = Set.of(1, 12, 13, 14, 15, 16, 17);

    FolderCreateCommandHandler(Collaborators with) {
        super(with, FolderHierarchy.FOLDER_CREATE, FolderOperationsCodec::decodeCreate);
    }

    @Override
    Uni<Outcome> apply(Device device, CreateRequest request) {
        if (!CREATABLE.contains(request.type()) || request.displayName().isBlank()) {
            return Outcome.now(FolderStatus.MALFORMED_REQUEST);
        }
        return parentExists(device, request.parentId())
                .chain(
                        exists -> {
                            if (!exists) {
                                return Outcome.now(FolderStatus.PARENT_NOT_FOUND);
                            }
                            return folders.findNamed(
                                            device.userId,
                                            request.parentId(),
                                            request.displayName())
                                    .chain(
                                            taken ->
                                                    taken != null
                                                            ? Outcome.now(
                                                                    FolderStatus.ALREADY_EXISTS)
                                                            : create(device, request));
                        });
    }

    private Uni<Outcome> create(Device device, CreateRequest request) {
        return folders.nextServerId(device.userId)
                .chain(
                        serverId ->
                                items.nextModseq()
                                        .chain(
                                                modseq -> {
                                                    Folder folder = new Folder();
                                                    folder.userId = device.userId;
                                                    folder.serverId = serverId;
                                                    folder.parentId = request.parentId();
                                                    folder.displayName = request.displayName();
                                                    folder.type = request.type();
                                                    folder.modseq = modseq;
                                                    folder.createdModseq = modseq;
                                                    folder.lastChangedBy = device.id;
                                                    return folders.persist(folder);
                                                }))
                .map(folder -> new Outcome(FolderStatus.SUCCESS.code(), folder.serverId));
    }

    @Override
    Element answer(int status, String syncKey, String serverId) {
        return FolderOperationsCodec.encode(
                new FolderOperationsCodec.CreateResponse(status, syncKey, serverId));
    }
}
