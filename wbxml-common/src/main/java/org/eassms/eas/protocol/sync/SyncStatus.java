package org.eassms.eas.protocol.sync;

/**
 * Sync Status values, of the response and of each collection and command (MS-ASCMD 2.2.3.177.17).
 */
public enum SyncStatus {
    SUCCESS(1),
    INVALID_SYNC_KEY(3),
    PROTOCOL_ERROR(4),
    SERVER_ERROR(5),
    /** An item the client sent that the server cannot convert (a bad Add or Change). */
    CLIENT_CONVERSION_ERROR(6),
    /** The client changed an item the server has changed too; the server's version wins. */
    CONFLICT(7),
    OBJECT_NOT_FOUND(8),
    /** The folder hierarchy changed: the client must FolderSync first. */
    FOLDER_HIERARCHY_CHANGED(12),
    /** An empty or Partial Sync without a full one before it to complete it from. */
    INCOMPLETE_REQUEST(13),
    /** Wait or HeartbeatInterval out of range; the response carries the nearest allowed Limit. */
    INVALID_WAIT_OR_HEARTBEAT(14),
    /** More collections than the server takes; the response carries the Limit. */
    TOO_MANY_COLLECTIONS(15),
    /** The server could not complete the request: send the same one again. */
    RETRY(16);

    private final int code;

    SyncStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
