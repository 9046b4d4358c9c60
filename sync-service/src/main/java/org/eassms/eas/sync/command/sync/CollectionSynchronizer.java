package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.SyncStateRepository;
import org.eassms.eas.sync.view.CollectionView;
import org.eassms.eas.sync.view.OptionBlocks;
import org.jboss.logging.Logger;

/**
 * One Collection of a Sync request, inside the request's transaction: checks the SyncKey and
 * Options, has {@link ClientCommands} apply the client's Add/Change/Delete and {@link
 * ServerChangeCollector} gather what the server sends back, and moves the key on (keeping what a
 * retry with the previous key needs).
 */
@ApplicationScoped
public class CollectionSynchronizer {
    private static final Logger LOG = Logger.getLogger(CollectionSynchronizer.class);

    private final FolderRepository folders;
    private final SyncStateRepository states;
    private final ClientCommands clientCommands;
    private final ServerChangeCollector serverChanges;

    CollectionSynchronizer(
            FolderRepository folders,
            SyncStateRepository states,
            ClientCommands clientCommands,
            ServerChangeCollector serverChanges) {
        this.folders = folders;
        this.states = states;
        this.clientCommands = clientCommands;
        this.serverChanges = serverChanges;
    }

    /**
     * What one collection produced; {@code news} is false when there is nothing to tell the client.
     */
    public record Outcome(SyncCollectionResponse response, boolean news, boolean announcesChange) {
        Outcome(SyncCollectionResponse response, boolean news) {
            this(response, news, false);
        }
    }

    /**
     * Whether the client's commands changed what the user's other devices see. SMS it adds to the
     * Outbox are announced to the SMS transports through Kafka instead (MS-ASMS 3.1.5.1).
     */
    private static boolean announcesChange(
            org.eassms.eas.sync.domain.Folder folder, List<SyncCommand> commands) {
        return commands.stream()
                .anyMatch(
                        c ->
                                !(folder.type == Folder.OUTBOX
                                        && c.type() == SyncCommand.Type.ADD
                                        && Item.SMS.equals(c.itemClass())));
    }

    public Uni<Outcome> synchronize(
            Device device,
            String username,
            String protocolVersion,
            SyncCollectionRequest request,
            Integer window) {
        OptionBlocks requested = OptionBlocks.of(request.options());
        String problem = requested.problem();
        if (problem != null) {
            LOG.infof(
                    "Sync of %s by %s: protocol error, %s",
                    request.collectionId(), device.deviceId, problem);
            return failed(request, SyncStatus.PROTOCOL_ERROR.code());
        }
        return folders.findWithTombstones(device.userId, request.collectionId())
                .chain(
                        folder -> {
                            if (folder == null) {
                                return failed(request, SyncStatus.OBJECT_NOT_FOUND.code());
                            }
                            if (folder.deleted) {
                                return failed(request, SyncStatus.FOLDER_HIERARCHY_CHANGED.code());
                            }
                            if (!folder.holdsEmail() && requested.wants(SyncOptions.SMS)) {
                                LOG.infof(
                                        "Sync of %s by %s: SMS Options in a folder of type %d",
                                        request.collectionId(), device.deviceId, folder.type);
                                return failed(request, SyncStatus.PROTOCOL_ERROR.code());
                            }
                            return states.find(device.id, request.collectionId())
                                    .chain(
                                            state ->
                                                    "0".equals(request.syncKey())
                                                            ? initialize(device, request, state)
                                                            : continueFrom(
                                                                    device,
                                                                    username,
                                                                    protocolVersion,
                                                                    folder,
                                                                    request,
                                                                    state,
                                                                    window));
                        });
    }

    private Uni<Outcome> initialize(Device device, SyncCollectionRequest request, SyncState state) {
        SyncState fresh = state != null ? state : new SyncState();
        fresh.startOver(device.id, request.collectionId(), OptionBlocks.of(request.options()));
        Uni<SyncState> saved = state != null ? Uni.createFrom().item(fresh) : states.persist(fresh);
        return saved.map(
                s ->
                        new Outcome(
                                new SyncCollectionResponse(
                                        "1",
                                        request.collectionId(),
                                        SyncStatus.SUCCESS.code(),
                                        false,
                                        List.of(),
                                        List.of()),
                                true));
    }

    private Uni<Outcome> continueFrom(
            Device device,
            String username,
            String protocolVersion,
            org.eassms.eas.sync.domain.Folder folder,
            SyncCollectionRequest request,
            SyncState state,
            Integer window) {
        int key;
        if (request.syncKey() == null) {
            // A collection of a cached request (empty or Partial Sync): the current key.
            key = state == null ? -1 : state.syncKey;
        } else {
            try {
                key = Integer.parseInt(request.syncKey());
            } catch (NumberFormatException e) {
                key = -1;
            }
        }
        if (state == null || !state.knows(key)) {
            LOG.debugf(
                    "Sync of %s by %s: unknown SyncKey %s",
                    request.collectionId(), device.deviceId, request.syncKey());
            return failed(request, SyncStatus.INVALID_SYNC_KEY.code());
        }
        boolean retry = key != state.syncKey;
        if (retry) {
            // The client did not get our last answer: serve the same range again.
            state.backToPrevious();
        }
        CollectionView before = state.view;
        if (!request.options().isEmpty()) {
            state.view = state.view.withOptions(OptionBlocks.of(request.options()));
        }
        OptionBlocks options = state.view.options();
        long since = state.view.modseq();
        boolean getChanges = request.getChanges() == null || request.getChanges();
        int windowSize = SyncRules.window(request.windowSize(), window);
        // On a retry, client commands the lost request already applied are answered, not redone.
        ClientCommands.Replay replay =
                retry ? new ClientCommands.Replay(since) : ClientCommands.Replay.NONE;
        boolean deletesAsMoves = request.deletesAsMoves() == null || request.deletesAsMoves();
        return clientCommands
                .apply(
                        device,
                        username,
                        folder,
                        request.commands(),
                        deletesAsMoves,
                        new ClientCommands.Conflicts(since, options),
                        replay)
                .chain(
                        responses ->
                                (getChanges
                                                ? serverChanges.collect(
                                                        device,
                                                        folder,
                                                        state,
                                                        options,
                                                        since,
                                                        windowSize,
                                                        legacyDeletes(protocolVersion))
                                                : Uni.createFrom()
                                                        .item(
                                                                new ServerChanges(
                                                                        List.of(), since, false)))
                                        .map(
                                                found ->
                                                        advance(
                                                                state,
                                                                before,
                                                                request,
                                                                responses,
                                                                found,
                                                                announcesChange(
                                                                        folder,
                                                                        request.commands()))));
    }

    /** MS-ASMS 2.2.2.2.1.2: a 14.0 response carries no Class on the deletion of an SMS. */
    private static boolean legacyDeletes(String protocolVersion) {
        return "14.0".equals(protocolVersion);
    }

    /**
     * Moves the SyncKey on when there is anything to tell, and builds the collection's response.
     */
    private static Outcome advance(
            SyncState state,
            CollectionView before,
            SyncCollectionRequest request,
            List<SyncCommand> responses,
            ServerChanges found,
            boolean announcesChange) {
        // Client changes always get a new SyncKey back, even when they need no Responses entry.
        boolean news = !request.commands().isEmpty() || !found.commands().isEmpty();
        if (news) {
            state.advanceFrom(before);
        }
        state.view = state.view.sentUpTo(found.upToModseq());
        return new Outcome(
                new SyncCollectionResponse(
                        Integer.toString(state.syncKey),
                        request.collectionId(),
                        SyncStatus.SUCCESS.code(),
                        found.more(),
                        found.commands(),
                        responses),
                news,
                announcesChange);
    }

    private static Uni<Outcome> failed(SyncCollectionRequest request, int status) {
        return Uni.createFrom()
                .item(
                        new Outcome(
                                SyncCollectionResponse.failed(
                                        request.syncKey() == null ? "0" : request.syncKey(),
                                        request.collectionId(),
                                        status),
                                true));
    }
}
