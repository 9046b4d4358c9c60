package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncStatus;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.ItemServerId;
import org.eassms.eas.sync.domain.SmsStatus;
import org.eassms.eas.sync.outbox.SmsOutbox;
import org.eassms.eas.sync.outbox.TextMessagingNotAllowed;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.sms.SmsLifecycle;
import org.eassms.eas.sync.view.OptionBlocks;

/**
 * The client's side of a Sync collection (MS-ASCMD 2.2.3.7.2 Add, 2.2.3.24 Change, 2.2.3.42.2
 * Delete, MS-ASMS 3.1.4.1.2): ClientId to ServerId, per-item statuses (6 bad item data, 8 no such
 * item), DeletesAsMoves into Deleted Items, SMS put into the Outbox announced to the relay, and the
 * phone's reports (Sent Items, NDR) followed in the SMS life cycle. Runs in the request's
 * transaction.
 */
@ApplicationScoped
class ClientCommands {
    private final FolderRepository folders;
    private final ItemRepository items;
    private final SmsOutbox smsOutbox;
    private final SmsLifecycle smsLifecycle;
    private final ItemMapper mapper;

    ClientCommands(
            FolderRepository folders,
            ItemRepository items,
            SmsOutbox smsOutbox,
            SmsLifecycle smsLifecycle,
            ItemMapper mapper) {
        this.folders = folders;
        this.items = items;
        this.smsOutbox = smsOutbox;
        this.smsLifecycle = smsLifecycle;
        this.mapper = mapper;
    }

    /**
     * A retried request (the previous SyncKey) replays one whose answer was lost: what it did after
     * {@code afterModseq} is found again instead of done twice.
     */
    record Replay(boolean active, long afterModseq) {
        static final Replay NONE = new Replay(false, 0);

        Replay(long afterModseq) {
            this(true, afterModseq);
        }
    }

    /**
     * Applies the client's Add, Change and Delete commands to a folder, in order; returns the
     * Responses entries (MS-ASCMD 2.2.3.154: successful Changes and Deletes have none).
     */
    Uni<List<SyncCommand>> apply(
            Device device,
            String username,
            org.eassms.eas.sync.domain.Folder folder,
            List<SyncCommand> commands,
            boolean deletesAsMoves,
            Conflicts conflicts,
            Replay replay) {
        if (commands.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Every command may change an item: their modseqs are drawn at once, in one statement
        // (unused ones are gaps, which readers never notice: they compare, never count).
        return items.nextModseqsIn(folder.id, commands.size())
                .map(ArrayDeque::new)
                .chain(
                        modseqs ->
                                apply(
                                        device,
                                        username,
                                        folder,
                                        commands,
                                        deletesAsMoves,
                                        conflicts,
                                        replay,
                                        modseqs));
    }

    private Uni<List<SyncCommand>> apply(
            Device device,
            String username,
            org.eassms.eas.sync.domain.Folder folder,
            List<SyncCommand> commands,
            boolean deletesAsMoves,
            Conflicts conflicts,
            Replay replay,
            Deque<Long> modseqs) {
        // Sequentially: one Hibernate Reactive session is never used concurrently.
        return Multi.createFrom()
                .iterable(commands)
                .onItem()
                .transformToUniAndConcatenate(
                        command ->
                                switch (command.type()) {
                                    case ADD ->
                                            add(device, username, folder, command, replay, modseqs);
                                    case DELETE ->
                                            delete(
                                                    device,
                                                    folder,
                                                    command,
                                                    deletesAsMoves,
                                                    replay,
                                                    modseqs);
                                    case CHANGE ->
                                            change(device, folder, command, conflicts, modseqs);
                                    default ->
                                            Uni.createFrom()
                                                    .item(
                                                            SyncCommand.response(
                                                                    command.type(),
                                                                    command.itemClass(),
                                                                    command.serverId(),
                                                                    SyncStatus.PROTOCOL_ERROR
                                                                            .code()));
                                })
                .filter(response -> response != NO_RESPONSE)
                .collect()
                .asList();
    }

    /** Successful Deletes and Changes get no response entry (MS-ASCMD 2.2.3.154). */
    private static final SyncCommand NO_RESPONSE = SyncCommand.softDelete("none");

    private Uni<SyncCommand> add(
            Device device,
            String username,
            org.eassms.eas.sync.domain.Folder folder,
            SyncCommand command,
            Replay replay,
            Deque<Long> modseqs) {
        ItemClass itemClass = ItemClass.namedOrEmail(command.itemClass());
        if (command.data() == null || command.clientId() == null || itemClass == null) {
            return Uni.createFrom()
                    .item(
                            SyncCommand.addResponse(
                                    command.itemClass(),
                                    command.clientId(),
                                    null,
                                    SyncStatus.CLIENT_CONVERSION_ERROR.code()));
        }
        if (replay.active()) {
            return items.findAddedBy(folder.id, device.id, command.clientId(), replay.afterModseq())
                    .chain(
                            earlier ->
                                    earlier != null
                                            ? Uni.createFrom()
                                                    .item(
                                                            SyncCommand.addResponse(
                                                                    command.itemClass(),
                                                                    command.clientId(),
                                                                    ItemServerId.of(
                                                                                    folder.serverId,
                                                                                    earlier.id)
                                                                            .toString(),
                                                                    SyncStatus.SUCCESS.code()))
                                            : create(
                                                    device, username, folder, command, itemClass,
                                                    modseqs));
        }
        return create(device, username, folder, command, itemClass, modseqs);
    }

    private Uni<SyncCommand> create(
            Device device,
            String username,
            org.eassms.eas.sync.domain.Folder folder,
            SyncCommand command,
            ItemClass itemClass,
            Deque<Long> modseqs) {
        return Uni.createFrom()
                .item(modseqs::remove)
                .chain(
                        modseq -> {
                            Item item = Item.created(device.userId, folder.id, itemClass, modseq);
                            item.clientId = command.clientId();
                            item.createdBy = device.id;
                            item.lastChangedBy = device.id;
                            mapper.apply(command.data(), item);
                            boolean outgoingSms =
                                    itemClass == ItemClass.SMS && folder.type == Folder.OUTBOX;
                            Uni<SyncCommand> added =
                                    (outgoingSms
                                                    ? smsOutbox.enter(
                                                            item, username, folder.serverId)
                                                    : items.persist(item)
                                                            .call(
                                                                    saved ->
                                                                            smsLifecycle.filed(
                                                                                    device.id,
                                                                                    folder.type,
                                                                                    saved)))
                                            .map(
                                                    saved ->
                                                            SyncCommand.addResponse(
                                                                    command.itemClass(),
                                                                    command.clientId(),
                                                                    ItemServerId.of(
                                                                                    folder.serverId,
                                                                                    saved.id)
                                                                            .toString(),
                                                                    SyncStatus.SUCCESS.code()));
                            // An SMS the user's policy does not allow is refused as an item the
                            // server cannot take (MS-ASCMD Sync status 6): nothing was stored, and
                            // a phone does not send it again unchanged.
                            return added.onFailure(TextMessagingNotAllowed.class)
                                    .recoverWithItem(
                                            () ->
                                                    SyncCommand.addResponse(
                                                            command.itemClass(),
                                                            command.clientId(),
                                                            null,
                                                            SyncStatus.CLIENT_CONVERSION_ERROR
                                                                    .code()));
                        });
    }

    private Uni<SyncCommand> delete(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            SyncCommand command,
            boolean asMove,
            Replay replay,
            Deque<Long> modseqs) {
        return findItem(folder, command.serverId(), true)
                .chain(
                        item -> {
                            if (item != null
                                    && item.deleted
                                    && replay.active()
                                    && device.id.equals(item.lastChangedBy)
                                    && item.modseq > replay.afterModseq()) {
                                return Uni.createFrom()
                                        .item(NO_RESPONSE); // the lost request did it
                            }
                            if (item == null || item.deleted) {
                                return Uni.createFrom()
                                        .item(
                                                SyncCommand.response(
                                                        SyncCommand.Type.DELETE,
                                                        command.itemClass(),
                                                        command.serverId(),
                                                        SyncStatus.OBJECT_NOT_FOUND.code()));
                            }
                            return Uni.createFrom()
                                    .item(modseqs::remove)
                                    .chain(
                                            modseq -> {
                                                // A phone taking a queued SMS out of the Outbox
                                                // hands it over for sending; that is no deletion
                                                // to keep in Deleted Items (the phone files the
                                                // sent copy in Sent Items).
                                                boolean handOver =
                                                        item.smsStatus == SmsStatus.QUEUED;
                                                if (handOver) {
                                                    item.smsStatus =
                                                            item.smsStatus.moveTo(
                                                                    SmsStatus.HANDED_OVER);
                                                }
                                                item.deleted = true;
                                                item.modseq = modseq;
                                                item.lastChangedBy = device.id;
                                                return asMove
                                                                && !handOver
                                                                && folder.type
                                                                        != Folder.DELETED_ITEMS
                                                        ? moveToDeletedItems(item)
                                                        : Uni.createFrom().voidItem();
                                            })
                                    .replaceWith(NO_RESPONSE);
                        });
    }

    /**
     * MS-ASCMD 2.2.3.43 DeletesAsMoves (the default): the deleted item reappears in Deleted Items,
     * as a new item every device, the deleting one included, is sent.
     */
    private Uni<Void> moveToDeletedItems(Item item) {
        return folders.findByType(item.userId, Folder.DELETED_ITEMS)
                .chain(
                        trash ->
                                trash == null
                                        ? Uni.createFrom().voidItem()
                                        : items.nextModseqIn(trash.id)
                                                .chain(
                                                        modseq ->
                                                                items.persist(
                                                                        item.copyTo(
                                                                                trash.id, modseq)))
                                                .replaceWithVoid());
    }

    /**
     * MS-ASCMD 2.2.3.34 Conflict: an item another device changed after the client's SyncKey is in
     * conflict with the client's Change. Conflict 1, the default, keeps the server's object: the
     * Change is discarded with status 7 and the server's version goes to the client with the
     * server's changes. Conflict 0 keeps the client's.
     */
    record Conflicts(long since, OptionBlocks options) {
        boolean serverWins(Item item, long devicePk) {
            boolean conflict =
                    item.modseq > since
                            && item.lastChangedBy != null
                            && item.lastChangedBy != devicePk;
            if (!conflict) {
                return false;
            }
            var block = options.blockFor(item.itemClass);
            return block == null || block.conflict() == null || block.conflict() != 0;
        }
    }

    private Uni<SyncCommand> change(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            SyncCommand command,
            Conflicts conflicts,
            Deque<Long> modseqs) {
        return findItem(folder, command.serverId())
                .chain(
                        item -> {
                            if (item == null || command.data() == null) {
                                return refused(
                                        command,
                                        item == null
                                                ? SyncStatus.OBJECT_NOT_FOUND.code()
                                                : SyncStatus.CLIENT_CONVERSION_ERROR.code());
                            }
                            if (conflicts.serverWins(item, device.id)) {
                                return refused(command, SyncStatus.CONFLICT.code());
                            }
                            long modseq = modseqs.remove();
                            return Uni.createFrom()
                                    .item(
                                            () -> {
                                                mapper.apply(command.data(), item);
                                                item.modseq = modseq;
                                                item.lastChangedBy = device.id;
                                                return NO_RESPONSE;
                                            });
                        });
    }

    private static Uni<SyncCommand> refused(SyncCommand command, int status) {
        return Uni.createFrom()
                .item(
                        SyncCommand.response(
                                command.type(), command.itemClass(), command.serverId(), status));
    }

    private Uni<Item> findItem(org.eassms.eas.sync.domain.Folder folder, String serverId) {
        return findItem(folder, serverId, false);
    }

    private Uni<Item> findItem(
            org.eassms.eas.sync.domain.Folder folder, String serverId, boolean tombstones) {
        java.util.OptionalLong id = ItemServerId.itemIdIn(folder.serverId, serverId);
        if (id.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return tombstones
                ? items.findInFolderWithTombstones(id.getAsLong(), folder.id)
                : items.findInFolder(id.getAsLong(), folder.id);
    }
}
