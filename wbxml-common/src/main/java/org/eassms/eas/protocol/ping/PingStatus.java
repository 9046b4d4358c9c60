package org.eassms.eas.protocol.ping;

/** Ping Status values (MS-ASCMD 2.2.3.177.13). */
public enum PingStatus {
    /** The heartbeat interval ended without changes. */
    EXPIRED(1),
    /** Changes in at least one pinged folder, which the response names. */
    CHANGES(2),
    /** An empty Ping with no earlier parameters to reuse. */
    MISSING_PARAMETERS(3),
    PROTOCOL_ERROR(4),
    /** The heartbeat interval is out of range; the response carries the nearest allowed one. */
    HEARTBEAT_OUT_OF_RANGE(5),
    /** More folders than the server watches; the response carries MaxFolders. */
    TOO_MANY_FOLDERS(6),
    /** A pinged folder is unknown: the client must FolderSync first. */
    HIERARCHY_SYNC_REQUIRED(7);

    private final int code;

    PingStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
