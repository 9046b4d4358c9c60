package org.eassms.eas.protocol.foldersync;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.parseInt;
import static org.eassms.eas.protocol.common.Values.required;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;

/** FolderSync requests and responses to and from element trees (MS-ASCMD 2.2.1.5). */
public final class FolderSyncCodec {
    private FolderSyncCodec() {}

    public static FolderSyncRequest decodeRequest(Element root) {
        expectRoot(root, FolderHierarchy.FOLDER_SYNC);
        return new FolderSyncRequest(required(root, FolderHierarchy.SYNC_KEY));
    }

    public static Element encodeRequest(FolderSyncRequest request) {
        return Element.of(FolderHierarchy.FOLDER_SYNC)
                .add(FolderHierarchy.SYNC_KEY, request.syncKey());
    }

    public static FolderSyncResponse decodeResponse(Element root) {
        expectRoot(root, FolderHierarchy.FOLDER_SYNC);
        List<Folder> added = new ArrayList<>();
        List<Folder> updated = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Element changes = root.child(FolderHierarchy.CHANGES);
        if (changes != null) {
            for (Element change : changes.elements()) {
                if (change.tag() == FolderHierarchy.ADD) {
                    added.add(folder(change));
                } else if (change.tag() == FolderHierarchy.UPDATE) {
                    updated.add(folder(change));
                } else if (change.tag() == FolderHierarchy.DELETE) {
                    deleted.add(change.textOf(FolderHierarchy.SERVER_ID));
                }
            }
        }
        Integer status = intOf(root, FolderHierarchy.STATUS);
        return new FolderSyncResponse(
                status == null ? 1 : status,
                root.textOf(FolderHierarchy.SYNC_KEY),
                added,
                updated,
                deleted);
    }

    public static Element encodeResponse(FolderSyncResponse response) {
        Element root =
                Element.of(FolderHierarchy.FOLDER_SYNC)
                        .add(FolderHierarchy.STATUS, Integer.toString(response.status()));
        if (response.syncKey() == null) {
            return root;
        }
        root.add(FolderHierarchy.SYNC_KEY, response.syncKey());
        int count = response.added().size() + response.updated().size() + response.deleted().size();
        Element changes =
                Element.of(FolderHierarchy.CHANGES)
                        .add(FolderHierarchy.COUNT, Integer.toString(count));
        for (Folder folder : response.updated()) {
            changes.add(encodeFolder(FolderHierarchy.UPDATE, folder));
        }
        for (String serverId : response.deleted()) {
            changes.add(
                    Element.of(FolderHierarchy.DELETE).add(FolderHierarchy.SERVER_ID, serverId));
        }
        for (Folder folder : response.added()) {
            changes.add(encodeFolder(FolderHierarchy.ADD, folder));
        }
        return root.add(changes);
    }

    private static Folder folder(Element e) {
        return new Folder(
                e.textOf(FolderHierarchy.SERVER_ID),
                e.textOf(FolderHierarchy.PARENT_ID),
                e.textOf(FolderHierarchy.DISPLAY_NAME),
                parseInt(required(e, FolderHierarchy.TYPE), FolderHierarchy.TYPE));
    }

    private static Element encodeFolder(FolderHierarchy tag, Folder folder) {
        return Element.of(tag)
                .add(FolderHierarchy.SERVER_ID, folder.serverId())
                .add(FolderHierarchy.PARENT_ID, folder.parentId())
                .add(FolderHierarchy.DISPLAY_NAME, folder.displayName())
                .add(FolderHierarchy.TYPE, Integer.toString(folder.type()));
    }
}
