package org.eassms.eas.protocol.foldersync;

import static org.eassms.eas.protocol.common.Values.expectRoot;
import static org.eassms.eas.protocol.common.Values.intOf;
import static org.eassms.eas.protocol.common.Values.parseInt;
import static org.eassms.eas.protocol.common.Values.required;

import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;

/**
 * FolderCreate, FolderUpdate and FolderDelete (MS-ASCMD 2.2.1.2, 2.2.1.4, 2.2.1.3): the client's
 * changes to the folder hierarchy, each under the hierarchy's SyncKey, each answered with a Status
 * and the next SyncKey (and, for FolderCreate, the new folder's ServerId).
 */
public final class FolderOperationsCodec {
    private FolderOperationsCodec() {}

    /** Each of the three requests, made under the hierarchy's SyncKey. */
    public sealed interface FolderRequest permits CreateRequest, UpdateRequest, DeleteRequest {
        String syncKey();
    }

    /**
     * FolderCreate: a folder of {@code type} (12 for a user-created mail folder) under a parent.
     */
    public record CreateRequest(String syncKey, String parentId, String displayName, int type)
            implements FolderRequest {}

    public record CreateResponse(int status, String syncKey, String serverId) {}

    /** FolderUpdate: renames and/or moves a folder. */
    public record UpdateRequest(
            String syncKey, String serverId, String parentId, String displayName)
            implements FolderRequest {}

    public record DeleteRequest(String syncKey, String serverId) implements FolderRequest {}

    /** The answer to FolderUpdate and FolderDelete. */
    public record Response(int status, String syncKey) {}

    public static CreateRequest decodeCreate(Element root) {
        expectRoot(root, FolderHierarchy.FOLDER_CREATE);
        return new CreateRequest(
                required(root, FolderHierarchy.SYNC_KEY),
                required(root, FolderHierarchy.PARENT_ID),
                required(root, FolderHierarchy.DISPLAY_NAME),
                parseInt(required(root, FolderHierarchy.TYPE), FolderHierarchy.TYPE));
    }

    public static Element encode(CreateRequest request) {
        return Element.of(FolderHierarchy.FOLDER_CREATE)
                .add(FolderHierarchy.SYNC_KEY, request.syncKey())
                .add(FolderHierarchy.PARENT_ID, request.parentId())
                .add(FolderHierarchy.DISPLAY_NAME, request.displayName())
                .add(FolderHierarchy.TYPE, Integer.toString(request.type()));
    }

    public static Element encode(CreateResponse response) {
        return Element.of(FolderHierarchy.FOLDER_CREATE)
                .add(FolderHierarchy.STATUS, Integer.toString(response.status()))
                .addIfPresent(FolderHierarchy.SYNC_KEY, response.syncKey())
                .addIfPresent(FolderHierarchy.SERVER_ID, response.serverId());
    }

    public static CreateResponse decodeCreateResponse(Element root) {
        expectRoot(root, FolderHierarchy.FOLDER_CREATE);
        return new CreateResponse(
                status(root),
                root.textOf(FolderHierarchy.SYNC_KEY),
                root.textOf(FolderHierarchy.SERVER_ID));
    }

    public static UpdateRequest decodeUpdate(Element root) {
        expectRoot(root, FolderHierarchy.FOLDER_UPDATE);
        return new UpdateRequest(
                required(root, FolderHierarchy.SYNC_KEY),
                required(root, FolderHierarchy.SERVER_ID),
                required(root, FolderHierarchy.PARENT_ID),
                required(root, FolderHierarchy.DISPLAY_NAME));
    }

    public static Element encode(UpdateRequest request) {
        return Element.of(FolderHierarchy.FOLDER_UPDATE)
                .add(FolderHierarchy.SYNC_KEY, request.syncKey())
                .add(FolderHierarchy.SERVER_ID, request.serverId())
                .add(FolderHierarchy.PARENT_ID, request.parentId())
                .add(FolderHierarchy.DISPLAY_NAME, request.displayName());
    }

    public static DeleteRequest decodeDelete(Element root) {
        expectRoot(root, FolderHierarchy.FOLDER_DELETE);
        return new DeleteRequest(
                required(root, FolderHierarchy.SYNC_KEY),
                required(root, FolderHierarchy.SERVER_ID));
    }

    public static Element encode(DeleteRequest request) {
        return Element.of(FolderHierarchy.FOLDER_DELETE)
                .add(FolderHierarchy.SYNC_KEY, request.syncKey())
                .add(FolderHierarchy.SERVER_ID, request.serverId());
    }

    /** The response of FolderUpdate or FolderDelete, under that command's root element. */
    public static Element encode(FolderHierarchy command, Response response) {
        return Element.of(command)
                .add(FolderHierarchy.STATUS, Integer.toString(response.status()))
                .addIfPresent(FolderHierarchy.SYNC_KEY, response.syncKey());
    }

    public static Response decodeResponse(FolderHierarchy command, Element root) {
        expectRoot(root, command);
        return new Response(status(root), root.textOf(FolderHierarchy.SYNC_KEY));
    }

    private static int status(Element root) {
        Integer status = intOf(root, FolderHierarchy.STATUS);
        if (status == null) {
            throw new ProtocolException(root.tag() + " response lacks Status");
        }
        return status;
    }
}
