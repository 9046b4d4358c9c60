package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.SyncState;
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

    private final SyncStateRepository states;
    private final ClientCommands clientCommands;
    private final ServerChangeCollector serverChanges;

    CollectionSynchronizer(
            SyncStateRepository states,
            ClientCommands clientCommands,
            ServerChangeCollector serverChanges) {
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
                                        && ItemClass.SMS.is(c.itemClass())));
    }

    /** One collection of a Sync request, from the device with the request's WindowSize. */
    private record Job(
            Device device,
            String username,
            String protocolVersion,
            SyncCollectionRequest request,
            Integer window) {

        /** The SyncKey the client holds; a cached request's collection holds the current one. */
        int clientKey(SyncState state) {
            if (request.syncKey() == null) {
                return state == null ? -1 : state.syncKey;
            }
            try {
                return Integer.parseInt(request.syncKey());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        Outcome refused(SyncStatus status, String why) {
            if (why != null) {
                LOG.infof("Sync of %s by %s: %s", request.collectionId(), device.deviceId, why);
            }
            return failed(request, status.code());
        }
    }

    public Uni<Outcome> synchronize(
            Device device,
            String username,
            String protocolVersion,
            SyncCollectionRequest request,
            Integer window) {
        Job job = new Job(device, username, protocolVersion, request, window);
        OptionBlocks requested = OptionBlocks.of(request.options());
        String problem = requested.problem();
        if (problem != null) {
            return now(job.refused(SyncStatus.PROTOCOL_ERROR, "protocol error, " + problem));
        }
        return states.findWithFolder(device.userId, device.id, request.collectionId())
                .chain(found -> inFolder(job, requested, found.folder(), found.state()));
    }

    /** {@code folder}: deleted or not, or null; a deleted one tells the client to FolderSync. */
    private Uni<Outcome> inFolder(
            Job job,
            OptionBlocks requested,
            org.eassms.eas.sync.domain.Folder folder,
            SyncState state) {
        if (folder == null) {
            return now(job.refused(SyncStatus.OBJECT_NOT_FOUND, null));
        }
        if (folder.deleted) {
            return now(job.refused(SyncStatus.FOLDER_HIERARCHY_CHANGED, null));
        }
        if (!folder.holdsEmail() && requested.wants(ItemClass.SMS)) {
            return now(
                    job.refused(
                            SyncStatus.PROTOCOL_ERROR,
                            "SMS Options in a folder of type " + folder.type));
        }
        return "0".equals(job.request().syncKey())
                ? initialize(job, state)
                : continueFrom(job, folder, state);
    }

    private Uni<Outcome> initialize(Job job, SyncState state) {
        SyncCollectionRequest request = job.request();
        SyncState fresh = state != null ? state : new SyncState();
        fresh.startOver(
                job.device().id, request.collectionId(), OptionBlocks.of(request.options()));
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

    /**
     * A Sync with a SyncKey the device holds: on a retry (the previous key) the view goes back to
     * where the lost answer started; the request's Options become sticky; the client's commands are
     * applied, then the server's changes gathered, and the key moves on.
     */
    private Uni<Outcome> continueFrom(
            Job job, org.eassms.eas.sync.domain.Folder folder, SyncState state) {
        SyncCollectionRequest request = job.request();
        int key = job.clientKey(state);
        if (state == null || !state.knows(key)) {
            LOG.debugf(
                    "Sync of %s by %s: unknown SyncKey %s",
                    request.collectionId(), job.device().deviceId, request.syncKey());
            return now(job.refused(SyncStatus.INVALID_SYNC_KEY, null));
        }
        boolean retry = key != state.syncKey;
        if (retry) {
            state.backToPrevious();
        }
        CollectionView before = state.view;
        if (!request.options().isEmpty()) {
            state.view = state.view.withOptions(OptionBlocks.of(request.options()));
        }
        long since = state.view.modseq();
        // On a retry, client commands the lost request already applied are answered, not redone.
        ClientCommands.Replay replay =
                retry ? new ClientCommands.Replay(since) : ClientCommands.Replay.NONE;
        boolean deletesAsMoves = request.deletesAsMoves() == null || request.deletesAsMoves();
        boolean announces = announcesChange(folder, request.commands());
        return clientCommands
                .apply(
                        job.device(),
                        job.username(),
                        folder,
                        request.commands(),
                        deletesAsMoves,
                        new ClientCommands.Conflicts(since, state.view.options()),
                        replay)
                .chain(
                        responses ->
                                serverChangesFor(job, folder, state)
                                        .map(
                                                found ->
                                                        advance(
                                                                state, before, request, responses,
                                                                found, announces)));
    }

    /** What the server sends back, unless the client asked for no changes (GetChanges 0). */
    private Uni<ServerChanges> serverChangesFor(
            Job job, org.eassms.eas.sync.domain.Folder folder, SyncState state) {
        SyncCollectionRequest request = job.request();
        long since = state.view.modseq();
        if (request.getChanges() != null && !request.getChanges()) {
            return Uni.createFrom().item(new ServerChanges(List.of(), since, false));
        }
        return serverChanges.collect(
                job.device(),
                folder,
                state,
                state.view.options(),
                since,
                SyncRules.window(request.windowSize(), job.window()),
                legacyDeletes(job.protocolVersion()));
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

    private static Outcome failed(SyncCollectionRequest request, int status) {
        return new Outcome(
                SyncCollectionResponse.failed(
                        request.syncKey() == null ? "0" : request.syncKey(),
                        request.collectionId(),
                        status),
                true);
    }

    private static Uni<Outcome> now(Outcome outcome) {
        return Uni.createFrom().item(outcome);
    }
}
