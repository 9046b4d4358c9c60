package org.eassms.eas.protocol.ping;

import java.util.List;

/**
 * A Ping request (MS-ASCMD 2.2.1.13): the heartbeat in seconds and the folders to watch. Both are
 * optional: an empty Ping re-uses the device's cached parameters.
 */
public record PingRequest(Integer heartbeatInterval, List<PingFolder> folders) {

    public PingRequest {
        folders = List.copyOf(folders);
    }

    /**
     * A watched folder: its server id and class (Email, Calendar, Contacts, Tasks, Notes or SMS).
     */
    public record PingFolder(String id, String folderClass) {}
}
