package org.eassms.eas.protocol.foldersync;

import java.util.List;

/**
 * A FolderSync response (MS-ASCMD 2.2.1.5): new SyncKey and the hierarchy changes since the
 * client's key.
 */
public record FolderSyncResponse(
        int status,
        String syncKey,
        List<Folder> added,
        List<Folder> updated,
        List<String> deleted) {

    public FolderSyncResponse {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
    }

    public static FolderSyncResponse failed(int status) {
        return new FolderSyncResponse(status, null, List.of(), List.of(), List.of());
    }
}
