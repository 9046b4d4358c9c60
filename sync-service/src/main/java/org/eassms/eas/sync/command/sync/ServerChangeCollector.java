package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.ItemServerId;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.view.OptionBlocks;
import org.eassms.eas.sync.view.Withdrawal;
import org.jboss.logging.Logger;

/**
 * What the server sends a device for one collection after its client commands, within one
 * WindowSize and in this order: soft-deletes of a class it stopped asking for ({@link Withdrawal}),
 * the moves of its FilterType horizons ({@link FilterWindows}), then the changes since its
 * SyncKey's modseq, of the classes it asks for, inside their windows, other than its own.
 */
@ApplicationScoped
class ServerChangeCollector {
    private static final Logger LOG = Logger.getLogger(ServerChangeCollector.class);

    private final ItemRepository items;
    private final ItemMapper mapper;
    private final FilterWindows filterWindows;

    ServerChangeCollector(ItemRepository items, ItemMapper mapper, FilterWindows filterWindows) {
        this.items = items;
        this.mapper = mapper;
        this.filterWindows = filterWindows;
    }

    /**
     * The request this collection's server changes are gathered for: the device, its folder and
     * sync state, the sticky options, the modseq it has, and the time the filter windows are taken
     * at (one instant for the whole collection, so what is sent and the horizons agree).
     */
    private record Scope(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            SyncState state,
            OptionBlocks options,
            long since,
            boolean legacyDeletes,
            Instant now) {
        String serverId(Item item) {
            return ItemServerId.of(folder.serverId, item.id).toString();
        }
    }

    /**
     * Soft-deletes of a drained class come first, a window at a time; the regular changes follow in
     * whatever room the window has left once the drain is done.
     */
    Uni<ServerChanges> collect(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            SyncState state,
            OptionBlocks options,
            long since,
            int window,
            boolean legacyDeletes) {
        Scope scope =
                new Scope(
                        device,
                        folder,
                        state,
                        options,
                        since,
                        legacyDeletes,
                        Instant.now().truncatedTo(ChronoUnit.MICROS));
        Withdrawal withdrawal = state.view.nextWithdrawal();
        if (withdrawal == null) {
            return filterThenCollect(scope, window);
        }
        // The device holds what lies after the class's horizon.
        Instant cutoff = state.view.viewStart(withdrawal, scope.now());
        return items.page(
                        ItemRepository.inViewAfter(
                                folder.id,
                                withdrawal.itemClass(),
                                since,
                                cutoff == null ? null : cutoff.atOffset(java.time.ZoneOffset.UTC),
                                state.view.withdrawnThroughId()),
                        "id",
                        window)
                .chain(page -> withdraw(scope, withdrawal, page, window));
    }

    /** Soft-deletes a page of the class being withdrawn; the rest of the window follows. */
    private Uni<ServerChanges> withdraw(
            Scope scope, Withdrawal withdrawal, List<Item> page, int window) {
        SyncState state = scope.state();
        List<Item> sent = page.subList(0, Math.min(window, page.size()));
        List<SyncCommand> softDeletes = new ArrayList<>(sent.size());
        for (Item item : sent) {
            softDeletes.add(SyncCommand.softDelete(scope.serverId(item)));
        }
        if (!sent.isEmpty()) {
            state.view = state.view.withdrawnThrough(sent.get(sent.size() - 1).id);
        }
        if (page.size() <= window) {
            LOG.debugf(
                    "collection %s of %s: its %s items soft-deleted",
                    scope.folder().serverId, scope.device().deviceId, withdrawal.itemClass());
            state.view = state.view.withdrawalDone();
        }
        int room = window - softDeletes.size();
        if (state.view.nextWithdrawal() != null || room == 0) {
            // More to soft-delete, or no room left for the regular changes.
            return Uni.createFrom().item(new ServerChanges(softDeletes, scope.since(), true));
        }
        return filterThenCollect(scope, room).map(changes -> changes.after(softDeletes));
    }

    /**
     * Items that left (or, after a wider FilterType, entered) the filter windows come before the
     * regular changes, which follow once every class's view is in step with its window.
     */
    private Uni<ServerChanges> filterThenCollect(Scope scope, int window) {
        return filterWindows
                .move(
                        scope.folder(),
                        scope.state(),
                        scope.options(),
                        scope.since(),
                        window,
                        scope.now())
                .chain(
                        moved ->
                                moved.done()
                                        ? collectChanges(scope, window - moved.commands().size())
                                                .map(changes -> changes.after(moved.commands()))
                                        : Uni.createFrom()
                                                .item(
                                                        new ServerChanges(
                                                                moved.commands(),
                                                                scope.since(),
                                                                true)));
    }

    /** The changes after the device's modseq, of the classes it asks for, in modseq order. */
    private Uni<ServerChanges> collectChanges(Scope scope, int window) {
        List<ItemClass> classes = scope.options().wantedClasses();
        return items.changesSince(scope.folder().id, scope.since(), classes, window)
                .map(
                        changed -> {
                            List<SyncCommand> commands = new ArrayList<>();
                            long upTo = scope.since();
                            boolean more = false;
                            for (Item item : changed) {
                                if (commands.size() == window) {
                                    more = true;
                                    break;
                                }
                                upTo = item.modseq;
                                SyncCommand command = commandFor(scope, item);
                                if (command != null) {
                                    commands.add(command);
                                }
                            }
                            if (!more && changed.size() > window && commands.size() < window) {
                                // Skipped items filled the page: there may be more beyond it.
                                more = true;
                            }
                            return new ServerChanges(commands, upTo, more);
                        });
    }

    /**
     * What one changed item means to the device: an Add, a Change or a Delete (with Class SMS on an
     * SMS, except on a 14.0 deletion, MS-ASMS 2.2.2.2.1.2), or nothing: its own change, the
     * deletion of an item it never had, or an item outside its filter window.
     */
    private SyncCommand commandFor(Scope scope, Item item) {
        SyncOptions block = scope.options().blockFor(item.itemClass);
        Instant cutoff = scope.options().cutoffOf(item.itemClass, scope.now());
        if (!OwedChanges.isOwed(item, scope.since(), scope.device().id, cutoff)) {
            return null;
        }
        String commandClass = item.itemClass.inCommand();
        boolean known = item.createdModseq <= scope.since();
        if (item.deleted) {
            return SyncCommand.delete(
                    scope.legacyDeletes() ? null : commandClass, scope.serverId(item));
        }
        BodyPreference preference =
                block == null || block.bodyPreferences().isEmpty()
                        ? null
                        : block.bodyPreferences().get(0);
        var data = mapper.toData(item, preference);
        return known
                ? SyncCommand.change(commandClass, scope.serverId(item), data)
                : SyncCommand.serverAdd(commandClass, scope.serverId(item), data);
    }
}
