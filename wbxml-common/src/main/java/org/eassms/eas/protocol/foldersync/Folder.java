package org.eassms.eas.protocol.foldersync;

/**
 * A folder as FolderSync reports it (MS-ASCMD 2.2.3.7.1 Add, 2.2.3.170 Type): type 2 Inbox, 3
 * Drafts, 4 Deleted Items, 5 Sent Items, 6 Outbox, 12 user-created mail folder.
 */
public record Folder(String serverId, String parentId, String displayName, int type) {
    public static final int INBOX = 2;
    public static final int DRAFTS = 3;
    public static final int DELETED_ITEMS = 4;
    public static final int SENT_ITEMS = 5;
    public static final int OUTBOX = 6;
    public static final int USER_MAIL = 12;
}
