package org.eassms.eas.protocol.ping;

import java.util.List;

/**
 * A Ping response (MS-ASCMD 2.2.1.13): status 1 (expired, no changes), 2 (changes in {@code
 * folders}), 3 (parameters missing), 4 (protocol error), 5 (heartbeat out of range, with the
 * allowed {@code heartbeatInterval}), 6 (too many folders, with {@code maxFolders}), 7 (folder
 * hierarchy sync required), 8 (server error).
 */
public record PingResponse(
        int status, List<String> folders, Integer heartbeatInterval, Integer maxFolders) {

    public PingResponse {
        folders = List.copyOf(folders);
    }

    public static PingResponse of(int status) {
        return new PingResponse(status, List.of(), null, null);
    }
}
