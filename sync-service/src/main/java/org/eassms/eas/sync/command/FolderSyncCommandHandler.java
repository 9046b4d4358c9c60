package org.eassms.eas.sync.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.foldersync.FolderSyncResponse;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;
import org.jboss.logging.Logger;

/**
 * FolderSync (MS-ASCMD 2.2.1.5). The hierarchy is fixed for now (the five standard folders), so it
 * has one version: SyncKey 0 gets every folder and key 1, key 1 gets no changes, anything else
 * status 9 (synchronization key mismatch, the client starts over at 0).
 */
@ApplicationScoped
public class FolderSyncCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(FolderSyncCommandHandler.class);

    /** MS-ASCMD 2.2.3.177.4 FolderSync Status values. */
    static final int SUCCESS = 1;

    static final int INVALID_SYNC_KEY = 9;
    static final int PROTOCOL_ERROR = 10;

    private static final String CURRENT_KEY = "1";

    private final FolderRepository folders;

    FolderSyncCommandHandler(FolderRepository folders) {
        this.folders = folders;
    }

    @Override
    public String command() {
        return "FolderSync";
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        FolderSyncRequest request;
        try {
            if (body == null) {
                throw new ProtocolException("empty FolderSync request");
            }
            request = FolderSyncCodec.decodeRequest(body);
        } catch (ProtocolException e) {
            LOG.infof("FolderSync from %s rejected: %s", context.deviceId(), e.getMessage());
            return respond(FolderSyncResponse.failed(PROTOCOL_ERROR));
        }
        if (CURRENT_KEY.equals(request.syncKey())) {
            return respond(
                    new FolderSyncResponse(SUCCESS, CURRENT_KEY, List.of(), List.of(), List.of()));
        }
        if (!"0".equals(request.syncKey())) {
            LOG.debugf(
                    "FolderSync key %s from %s is unknown", request.syncKey(), context.deviceId());
            return respond(FolderSyncResponse.failed(INVALID_SYNC_KEY));
        }
        return Panache.withSession(() -> folders.listForUser(context.user().id()))
                .map(
                        list ->
                                list.stream()
                                        .map(
                                                f ->
                                                        new Folder(
                                                                f.serverId,
                                                                f.parentId,
                                                                f.displayName,
                                                                f.type))
                                        .toList())
                .map(
                        added ->
                                CommandResult.of(
                                        FolderSyncCodec.encodeResponse(
                                                new FolderSyncResponse(
                                                        SUCCESS,
                                                        CURRENT_KEY,
                                                        added,
                                                        List.of(),
                                                        List.of()))));
    }

    private static Uni<CommandResult> respond(FolderSyncResponse response) {
        return Uni.createFrom().item(CommandResult.of(FolderSyncCodec.encodeResponse(response)));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(FolderHierarchy.FOLDER_SYNC).add(FolderHierarchy.STATUS, "142");
    }
}
