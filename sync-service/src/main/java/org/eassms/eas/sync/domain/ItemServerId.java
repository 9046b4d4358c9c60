package org.eassms.eas.sync.domain;

import java.util.OptionalLong;

/**
 * The ServerId an item has on the wire (MS-ASCMD 2.2.3.166.7): its folder's ServerId and its own
 * id, {@code "6:42"}. Clients keep it as an opaque string and send it back in Change, Delete and
 * Fetch; only the item's own folder may name it.
 */
public record ItemServerId(String collectionId, long itemId) {

    public static ItemServerId of(String collectionId, long itemId) {
        return new ItemServerId(collectionId, itemId);
    }

    /**
     * The item id a client's ServerId names in this collection; empty for one of another
     * collection, or one that is not of this form at all (a client's mistake, not a server error).
     */
    public static OptionalLong itemIdIn(String collectionId, String serverId) {
        String prefix = collectionId + ":";
        if (serverId == null || !serverId.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(serverId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return collectionId + ":" + itemId;
    }
}
