package org.eassms.eas.protocol.foldersync;

/**
 * A FolderSync request (MS-ASCMD 2.2.1.5): the client's hierarchy SyncKey, "0" for the initial
 * sync.
 */
public record FolderSyncRequest(String syncKey) {}
