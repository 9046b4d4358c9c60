package org.eassms.eas.sync.command.folder;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec.FolderRequest;
import org.eassms.eas.protocol.foldersync.FolderStatus;
import org.eassms.eas.sync.command.CommandContext;
import org.eassms.eas.sync.command.CommandHandler;
import org.eassms.eas.sync.command.CommandResult;
import org.eassms.eas.sync.command.RequestReader;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.FolderSyncState;
import org.eassms.eas.sync.hanging.ChangeBroadcast;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;
import org.jboss.logging.Logger;

/**
 * What FolderCreate, FolderUpdate and FolderDelete share (MS-ASCMD 2.2.1.2-4): a malformed request
 * is status 10; a SyncKey other than the device's current hierarchy key is status 9 and changes
 * nothing; a successful change moves the key on, in the same transaction as the change.
 */
abstract class FolderOperation<R extends FolderRequest> implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(FolderOperation.class);

    /** What the change did: a Status, and the new folder's ServerId for FolderCreate. */
    record Outcome(int status, String serverId) {
        static Outcome of(FolderStatus status) {
            return new Outcome(status.code(), null);
        }

        /** The same outcome, already there. */
        static Uni<Outcome> now(FolderStatus status) {
            return Uni.createFrom().item(of(status));
        }
    }

    /** What every folder operation works with, injected once for the three. */
    @Singleton
    static final class Collaborators {
        final HierarchyState hierarchy;
        final FolderRepository folders;
        final ItemRepository items;
        final ChangeBroadcast changes;

        Collaborators(
                HierarchyState hierarchy,
                FolderRepository folders,
                ItemRepository items,
                ChangeBroadcast changes) {
            this.hierarchy = hierarchy;
            this.folders = folders;
            this.items = items;
            this.changes = changes;
        }
    }

    private final HierarchyState hierarchy;
    private final FolderHierarchy root;
    private final RequestReader<R> reader;
    final FolderRepository folders;
    final ItemRepository items;
    private final ChangeBroadcast changes;

    FolderOperation(Collaborators with, FolderHierarchy root, Function<Element, R> decoder) {
        this.hierarchy = with.hierarchy;
        this.folders = with.folders;
        this.items = with.items;
        this.changes = with.changes;
        this.root = root;
        this.reader =
                new RequestReader<>(
                        root.xmlName(),
                        decoder,
                        () ->
                                CommandResult.of(
                                        answer(FolderStatus.MALFORMED_REQUEST.code(), null, null)));
    }

    /** "0" (the top level) or a live folder of the user. */
    Uni<Boolean> parentExists(Device device, String parentId) {
        return "0".equals(parentId)
                ? Uni.createFrom().item(true)
                : folders.find(device.userId, parentId).map(parent -> parent != null);
    }

    /**
     * Applies {@code change} to a live user folder; status 4 when there is no such folder, 3 for a
     * standard one.
     */
    Uni<Outcome> onUserFolder(
            Device device, String serverId, Function<Folder, Uni<Outcome>> change) {
        return folders.find(device.userId, serverId)
                .chain(
                        folder -> {
                            if (folder == null) {
                                return Outcome.now(FolderStatus.NOT_FOUND);
                            }
                            if (folder.isStandard()) {
                                return Outcome.now(FolderStatus.SPECIAL_FOLDER);
                            }
                            return change.apply(folder);
                        });
    }

    abstract Uni<Outcome> apply(Device device, R request);

    /** The answer of FolderUpdate and FolderDelete; FolderCreate's adds the new ServerId. */
    Element answer(int status, String syncKey, String serverId) {
        return FolderOperationsCodec.encode(
                root, new FolderOperationsCodec.Response(status, syncKey));
    }

    /** The command is named as its request's root element. */
    @Override
    public String command() {
        return root.xmlName();
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        return reader.read(context, body, request -> change(context, request));
    }

    private Uni<CommandResult> change(CommandContext context, R request) {
        return hierarchy
                .inTransaction(context, (device, state) -> change(device, state, request))
                // After the commit: the user's hanging Pings look again (a pinged folder may be
                // gone: status 7, MS-ASCMD 2.2.1.13).
                .call(
                        answer ->
                                Integer.toString(FolderStatus.SUCCESS.code())
                                                .equals(answer.textOf(FolderHierarchy.STATUS))
                                        ? changes.changed(context.user().id(), context.deviceId())
                                        : Uni.createFrom().voidItem())
                .map(CommandResult::of);
    }

    private Uni<Element> change(Device device, FolderSyncState state, R request) {
        if (!HierarchyState.isCurrent(state, request.syncKey())) {
            return Uni.createFrom().item(answer(FolderStatus.INVALID_SYNC_KEY.code(), null, null));
        }
        return apply(device, request)
                .map(
                        outcome -> {
                            if (outcome.status() != FolderStatus.SUCCESS.code()) {
                                LOG.infof(
                                        "%s by %s: status %d",
                                        command(), device.deviceId, outcome.status());
                                return answer(outcome.status(), null, null);
                            }
                            // The device's own change: it is not told of it, so its modseq stays.
                            String next = HierarchyState.advance(state, state.modseq);
                            return answer(FolderStatus.SUCCESS.code(), next, outcome.serverId());
                        });
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(root)
                .add(FolderHierarchy.STATUS, CommonStatus.DEVICE_NOT_PROVISIONED.text());
    }
}
