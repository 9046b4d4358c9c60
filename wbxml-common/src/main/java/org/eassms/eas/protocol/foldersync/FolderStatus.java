package org.eassms.eas.protocol.foldersync;

/**
 * Status values of FolderSync and the folder commands (MS-ASCMD 2.2.3.177.3 FolderCreate, .4
 * FolderDelete, .5 FolderSync, .6 FolderUpdate), which share their meanings.
 */
public enum FolderStatus {
    SUCCESS(1),
    /** A folder of that name already exists under that parent. */
    ALREADY_EXISTS(2),
    /** A special folder (Inbox, Outbox, ...) cannot be changed or deleted. */
    SPECIAL_FOLDER(3),
    NOT_FOUND(4),
    PARENT_NOT_FOUND(5),
    /** The SyncKey is not the device's current hierarchy key: FolderSync again from 0. */
    INVALID_SYNC_KEY(9),
    MALFORMED_REQUEST(10);

    private final int code;

    FolderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
