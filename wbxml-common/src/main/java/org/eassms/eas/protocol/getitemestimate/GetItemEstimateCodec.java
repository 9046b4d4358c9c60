package org.eassms.eas.protocol.getitemestimate;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.flagOf;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.required;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.GetItemEstimate;
import org.eassms.eas.wbxml.dom.Element;

/** GetItemEstimate requests and responses to and from element trees (MS-ASCMD 2.2.1.9). */
public final class GetItemEstimateCodec {
    private GetItemEstimateCodec() {}

    public static GetItemEstimateRequest decodeRequest(Element root) {
        expectRoot(root, GetItemEstimate.GET_ITEM_ESTIMATE);
        Element container = root.child(GetItemEstimate.COLLECTIONS);
        if (container == null) {
            throw new ProtocolException("GetItemEstimate lacks Collections");
        }
        List<GetItemEstimateRequest.Collection> collections = new ArrayList<>();
        for (Element collection : container.elements(GetItemEstimate.COLLECTION)) {
            List<SyncOptions> options = new ArrayList<>(2);
            for (Element block : collection.elements(AirSync.OPTIONS)) {
                options.add(SyncOptions.decode(block));
            }
            collections.add(
                    new GetItemEstimateRequest.Collection(
                            collection.textOf(AirSync.SYNC_KEY),
                            required(collection, GetItemEstimate.COLLECTION_ID),
                            flagOf(collection, AirSync.CONVERSATION_MODE),
                            options,
                            collection.textOf(GetItemEstimate.CLASS),
                            intOf(collection, AirSync.FILTER_TYPE)));
        }
        return new GetItemEstimateRequest(collections);
    }

    public static Element encodeRequest(GetItemEstimateRequest request) {
        Element container = Element.of(GetItemEstimate.COLLECTIONS);
        for (GetItemEstimateRequest.Collection c : request.collections()) {
            Element collection =
                    Element.of(GetItemEstimate.COLLECTION)
                            .addIfPresent(GetItemEstimate.CLASS, c.legacyClass())
                            .addIfPresent(AirSync.SYNC_KEY, c.syncKey())
                            .add(GetItemEstimate.COLLECTION_ID, c.collectionId())
                            .addIfPresent(AirSync.FILTER_TYPE, c.legacyFilterType())
                            .addIfPresent(
                                    AirSync.CONVERSATION_MODE,
                                    c.conversationMode() == null
                                            ? null
                                            : c.conversationMode() ? "1" : "0");
            for (SyncOptions block : c.options()) {
                collection.add(block.encode());
            }
            container.add(collection);
        }
        return Element.of(GetItemEstimate.GET_ITEM_ESTIMATE).add(container);
    }

    public static GetItemEstimateResponse decodeResponse(Element root) {
        expectRoot(root, GetItemEstimate.GET_ITEM_ESTIMATE);
        List<GetItemEstimateResponse.Entry> entries = new ArrayList<>();
        for (Element response : root.elements(GetItemEstimate.RESPONSE)) {
            Element collection = response.child(GetItemEstimate.COLLECTION);
            Integer status = intOf(response, GetItemEstimate.STATUS);
            entries.add(
                    new GetItemEstimateResponse.Entry(
                            status == null ? 1 : status,
                            collection == null
                                    ? null
                                    : collection.textOf(GetItemEstimate.COLLECTION_ID),
                            collection == null
                                    ? null
                                    : intOf(collection, GetItemEstimate.ESTIMATE)));
        }
        return new GetItemEstimateResponse(entries);
    }

    public static Element encodeResponse(GetItemEstimateResponse response) {
        Element root = Element.of(GetItemEstimate.GET_ITEM_ESTIMATE);
        for (GetItemEstimateResponse.Entry entry : response.responses()) {
            Element element =
                    Element.of(GetItemEstimate.RESPONSE)
                            .add(GetItemEstimate.STATUS, Integer.toString(entry.status()));
            if (entry.collectionId() != null) {
                element.add(
                        Element.of(GetItemEstimate.COLLECTION)
                                .add(GetItemEstimate.COLLECTION_ID, entry.collectionId())
                                .addIfPresent(GetItemEstimate.ESTIMATE, entry.estimate()));
            }
            root.add(element);
        }
        return root;
    }
}
