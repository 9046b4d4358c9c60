package org.eassms.eas.protocol.sync;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.intOf;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.dom.Element;

/**
 * Sync requests and responses to and from element trees (MS-ASCMD 2.2.1.21). Both directions, for
 * server and client.
 */
public final class SyncCodec {
    private SyncCodec() {}

    public static SyncRequest decodeRequest(Element sync) {
        expectRoot(sync, AirSync.SYNC);
        List<SyncCollectionRequest> collections = new ArrayList<>();
        Element container = sync.child(AirSync.COLLECTIONS);
        if (container != null) {
            for (Element collection : container.elements(AirSync.COLLECTION)) {
                collections.add(SyncCollectionRequest.decode(collection));
            }
        }
        return new SyncRequest(
                collections,
                intOf(sync, AirSync.WAIT),
                intOf(sync, AirSync.HEARTBEAT_INTERVAL),
                intOf(sync, AirSync.WINDOW_SIZE),
                sync.has(AirSync.PARTIAL));
    }

    public static Element encodeRequest(SyncRequest request) {
        Element sync = Element.of(AirSync.SYNC);
        if (!request.collections().isEmpty()) {
            Element container = Element.of(AirSync.COLLECTIONS);
            for (SyncCollectionRequest collection : request.collections()) {
                container.add(collection.encode());
            }
            sync.add(container);
        }
        sync.addIfPresent(AirSync.WAIT, request.waitMinutes())
                .addIfPresent(AirSync.HEARTBEAT_INTERVAL, request.heartbeatInterval())
                .addIfPresent(AirSync.WINDOW_SIZE, request.windowSize());
        if (request.partial()) {
            sync.addEmpty(AirSync.PARTIAL);
        }
        return sync;
    }

    public static SyncResponse decodeResponse(Element sync) {
        expectRoot(sync, AirSync.SYNC);
        List<SyncCollectionResponse> collections = new ArrayList<>();
        Element container = sync.child(AirSync.COLLECTIONS);
        if (container != null) {
            for (Element collection : container.elements(AirSync.COLLECTION)) {
                collections.add(SyncCollectionResponse.decode(collection));
            }
        }
        return new SyncResponse(
                intOf(sync, AirSync.STATUS), intOf(sync, AirSync.LIMIT), collections);
    }

    public static Element encodeResponse(SyncResponse response) {
        Element sync =
                Element.of(AirSync.SYNC)
                        .addIfPresent(AirSync.STATUS, response.status())
                        .addIfPresent(AirSync.LIMIT, response.limit());
        if (!response.collections().isEmpty()) {
            Element container = Element.of(AirSync.COLLECTIONS);
            for (SyncCollectionResponse collection : response.collections()) {
                container.add(collection.encode());
            }
            sync.add(container);
        }
        return sync;
    }
}
