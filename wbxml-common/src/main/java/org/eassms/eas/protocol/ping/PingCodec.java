package org.eassms.eas.protocol.ping;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.required;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.wbxml.codepage.Ping;
import org.eassms.eas.wbxml.dom.Element;

/** Ping requests and responses to and from element trees (MS-ASCMD 2.2.1.13). */
public final class PingCodec {
    private PingCodec() {}

    public static PingRequest decodeRequest(Element root) {
        expectRoot(root, Ping.PING);
        List<PingRequest.PingFolder> folders = new ArrayList<>();
        Element container = root.child(Ping.FOLDERS);
        if (container != null) {
            for (Element folder : container.elements(Ping.FOLDER)) {
                folders.add(
                        new PingRequest.PingFolder(
                                required(folder, Ping.ID), required(folder, Ping.CLASS)));
            }
        }
        return new PingRequest(intOf(root, Ping.HEARTBEAT_INTERVAL), folders);
    }

    public static Element encodeRequest(PingRequest request) {
        Element root =
                Element.of(Ping.PING)
                        .addIfPresent(Ping.HEARTBEAT_INTERVAL, request.heartbeatInterval());
        if (!request.folders().isEmpty()) {
            Element container = Element.of(Ping.FOLDERS);
            for (PingRequest.PingFolder folder : request.folders()) {
                container.add(
                        Element.of(Ping.FOLDER)
                                .add(Ping.ID, folder.id())
                                .add(Ping.CLASS, folder.folderClass()));
            }
            root.add(container);
        }
        return root;
    }

    public static PingResponse decodeResponse(Element root) {
        expectRoot(root, Ping.PING);
        List<String> folders = new ArrayList<>();
        Element container = root.child(Ping.FOLDERS);
        if (container != null) {
            for (Element folder : container.elements(Ping.FOLDER)) {
                folders.add(folder.text());
            }
        }
        Integer status = intOf(root, Ping.STATUS);
        return new PingResponse(
                status == null ? 0 : status,
                folders,
                intOf(root, Ping.HEARTBEAT_INTERVAL),
                intOf(root, Ping.MAX_FOLDERS));
    }

    public static Element encodeResponse(PingResponse response) {
        Element root = Element.of(Ping.PING).add(Ping.STATUS, Integer.toString(response.status()));
        if (!response.folders().isEmpty()) {
            Element container = Element.of(Ping.FOLDERS);
            for (String folder : response.folders()) {
                container.add(Ping.FOLDER, folder);
            }
            root.add(container);
        }
        return root.addIfPresent(Ping.HEARTBEAT_INTERVAL, response.heartbeatInterval())
                .addIfPresent(Ping.MAX_FOLDERS, response.maxFolders());
    }
}
