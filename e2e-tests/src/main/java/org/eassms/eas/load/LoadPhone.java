package org.eassms.eas.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One phone of the load run: what it needs to hang a Sync on its Outbox without setting itself up
 * again (its account, device, policy key, Outbox and SyncKey), kept between runs in the roster
 * file, and what the current run learns about it. Touched only on the driver's event loop.
 */
final class LoadPhone {
    final int index;
    final String user;
    final String deviceId;
    final String policyKey;
    final String outboxId;
    String syncKey;

    /** SMS received and not yet deleted: the next hanging Sync deletes them, as a phone does. */
    final List<String> toDelete = new ArrayList<>();

    /** When the 201 of the SMS posted for it arrived, and when the SMS reached it (nanoTime). */
    long postedAt;

    long arrivedAt;
    boolean hanging;

    LoadPhone(
            int index,
            String user,
            String deviceId,
            String policyKey,
            String outboxId,
            String syncKey) {
        this.index = index;
        this.user = user;
        this.deviceId = deviceId;
        this.policyKey = policyKey;
        this.outboxId = outboxId;
        this.syncKey = syncKey;
    }

    String line() {
        return String.join("\t", user, deviceId, policyKey, outboxId, syncKey);
    }

    static LoadPhone parse(int index, String line) {
        String[] fields = line.split("\t");
        if (fields.length != 5) {
            throw new IllegalArgumentException("roster line " + (index + 1) + ": " + line);
        }
        return new LoadPhone(index, fields[0], fields[1], fields[2], fields[3], fields[4]);
    }
}
