package org.eassms.eas.protocol.sync;

import static org.eassms.eas.protocol.common.Values.flagOf;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.required;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.dom.Element;

/**
 * One Collection of a Sync request (MS-ASCMD 2.2.3.29.2). {@code options} holds the Options blocks
 * in the order sent (MS-ASMS allows two: the folder's default class and SMS; the codec keeps all so
 * the server can answer status 4). Null flags mean "not sent", which matters for sticky options.
 */
public record SyncCollectionRequest(
        String syncKey,
        String collectionId,
        Boolean deletesAsMoves,
        Boolean getChanges,
        Integer windowSize,
        List<SyncOptions> options,
        List<SyncCommand> commands) {

    public SyncCollectionRequest {
        options = List.copyOf(options);
        commands = List.copyOf(commands);
    }

    /** A collection at {@code syncKey} with these Options blocks and client commands. */
    public static SyncCollectionRequest of(
            String syncKey,
            String collectionId,
            List<SyncOptions> options,
            List<SyncCommand> commands) {
        return new SyncCollectionRequest(
                syncKey, collectionId, null, null, null, options, commands);
    }

    static SyncCollectionRequest decode(Element collection) {
        List<SyncOptions> options = new ArrayList<>(2);
        for (Element block : collection.elements(AirSync.OPTIONS)) {
            options.add(SyncOptions.decode(block));
        }
        List<SyncCommand> commands = new ArrayList<>();
        Element commandsElement = collection.child(AirSync.COMMANDS);
        if (commandsElement != null) {
            for (Element command : commandsElement.elements()) {
                SyncCommand decoded = SyncCommand.decode(command);
                if (decoded == null) {
                    throw new ProtocolException(
                            "unexpected " + command.tag().qualifiedName() + " in Commands");
                }
                commands.add(decoded);
            }
        }
        return new SyncCollectionRequest(
                required(collection, AirSync.SYNC_KEY),
                required(collection, AirSync.COLLECTION_ID),
                flagOf(collection, AirSync.DELETES_AS_MOVES),
                flagOf(collection, AirSync.GET_CHANGES),
                intOf(collection, AirSync.WINDOW_SIZE),
                options,
                commands);
    }

    Element encode() {
        Element collection =
                Element.of(AirSync.COLLECTION)
                        .add(AirSync.SYNC_KEY, syncKey)
                        .add(AirSync.COLLECTION_ID, collectionId)
                        .addIfPresent(AirSync.DELETES_AS_MOVES, flag(deletesAsMoves))
                        .addIfPresent(AirSync.GET_CHANGES, flag(getChanges))
                        .addIfPresent(AirSync.WINDOW_SIZE, windowSize);
        for (SyncOptions block : options) {
            collection.add(block.encode());
        }
        if (!commands.isEmpty()) {
            Element commandsElement = Element.of(AirSync.COMMANDS);
            for (SyncCommand command : commands) {
                commandsElement.add(command.encode());
            }
            collection.add(commandsElement);
        }
        return collection;
    }

    /** Clients write an affirmative flag as an empty element and a negative one as 0. */
    private static String flag(Boolean value) {
        return value == null ? null : value ? "" : "0";
    }
}
