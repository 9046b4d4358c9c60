package org.eassms.eas.protocol.sync;

import static org.eassms.eas.protocol.common.Values.intOf;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.dom.Element;

/** One Collection of a Sync response (MS-ASCMD 2.2.3.29.2). */
public record SyncCollectionResponse(
        String syncKey,
        String collectionId,
        int status,
        boolean moreAvailable,
        List<SyncCommand> commands,
        List<SyncCommand> responses) {

    public SyncCollectionResponse {
        commands = List.copyOf(commands);
        responses = List.copyOf(responses);
    }

    /**
     * A collection-level failure: only CollectionId and Status (and the SyncKey when the client's
     * was kept).
     */
    public static SyncCollectionResponse failed(String syncKey, String collectionId, int status) {
        return new SyncCollectionResponse(
                syncKey, collectionId, status, false, List.of(), List.of());
    }

    static SyncCollectionResponse decode(Element collection) {
        Integer status = intOf(collection, AirSync.STATUS);
        return new SyncCollectionResponse(
                collection.textOf(AirSync.SYNC_KEY),
                collection.textOf(AirSync.COLLECTION_ID),
                status == null ? 1 : status,
                collection.has(AirSync.MORE_AVAILABLE),
                commandsOf(collection.child(AirSync.COMMANDS)),
                commandsOf(collection.child(AirSync.RESPONSES)));
    }

    private static List<SyncCommand> commandsOf(Element container) {
        if (container == null) {
            return List.of();
        }
        List<SyncCommand> out = new ArrayList<>();
        for (Element element : container.elements()) {
            SyncCommand command = SyncCommand.decode(element);
            if (command != null) {
                out.add(command);
            }
        }
        return out;
    }

    /**
     * Element order of the MS-ASCMD examples: SyncKey, CollectionId, Status, MoreAvailable,
     * Commands, Responses.
     */
    Element encode() {
        Element collection =
                Element.of(AirSync.COLLECTION)
                        .addIfPresent(AirSync.SYNC_KEY, syncKey)
                        .add(AirSync.COLLECTION_ID, collectionId)
                        .add(AirSync.STATUS, Integer.toString(status));
        if (moreAvailable) {
            collection.addEmpty(AirSync.MORE_AVAILABLE);
        }
        addAll(collection, AirSync.COMMANDS, commands);
        addAll(collection, AirSync.RESPONSES, responses);
        return collection;
    }

    private static void addAll(
            Element collection, AirSync containerTag, List<SyncCommand> entries) {
        if (!entries.isEmpty()) {
            Element container = Element.of(containerTag);
            for (SyncCommand entry : entries) {
                container.add(entry.encode());
            }
            collection.add(container);
        }
    }
}
