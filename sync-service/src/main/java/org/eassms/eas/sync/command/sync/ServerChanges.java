package org.eassms.eas.sync.command.sync;

import java.util.List;
import org.eassms.eas.protocol.sync.SyncCommand;

/**
 * The server's side of a Sync answer for one collection: its commands, the modseq they reach (the
 * device's next starting point), and whether more are waiting beyond the window.
 */
record ServerChanges(List<SyncCommand> commands, long upToModseq, boolean more) {

    /** These changes, sent after {@code first} in the same window. */
    ServerChanges after(List<SyncCommand> first) {
        List<SyncCommand> all = new java.util.ArrayList<>(first);
        all.addAll(commands);
        return new ServerChanges(all, upToModseq, more);
    }
}
