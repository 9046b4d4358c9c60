package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.ItemRepository;
import org.jboss.logging.Logger;

/**
 * What the server sends a device for one collection after its client commands, within one
 * WindowSize and in this order: soft-deletes of a class it stopped asking for ({@link Drain}), the
 * moves of its FilterType horizons ({@link FilterWindows}), then the changes since its SyncKey's
 * modseq, of the classes it asks for, inside their windows, other than its own.
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
     * Soft-deletes of a drained class come first, a window at a time; the regular changes follow in
     * whatever room the window has left once the drain is done.
     */
    Uni<ServerChanges> collect(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            SyncState state,
            List<SyncOptions> options,
            long since,
            int window,
            boolean legacyDeletes) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Drain.Entry> draining = Drain.read(state);
        if (draining.isEmpty()) {
            return filterThenCollect(
                    device, folder, state, options, since, window, legacyDeletes, now);
        }
        Drain.Entry entry = draining.get(0);
        // The device holds what lies after the class's horizon.
        Instant cutoff = Drain.viewStart(state, entry, now);
        long afterId = state.drainAfterId == null ? 0 : state.drainAfterId;
        return items.page(
                        ItemRepository.inViewAfter(
                                folder.id,
                                entry.itemClass(),
                                since,
                                cutoff == null ? null : cutoff.atOffset(java.time.ZoneOffset.UTC),
                                afterId),
                        "id",
                        window)
                .chain(
                        page -> {
                            List<SyncCommand> softDeletes = new ArrayList<>();
                            for (Item item : page.subList(0, Math.min(window, page.size()))) {
                                softDeletes.add(
                                        SyncCommand.softDelete(folder.serverId + ":" + item.id));
                                state.drainAfterId = item.id;
                            }
                            boolean entryDone = page.size() <= window;
                            List<Drain.Entry> remaining =
                                    entryDone ? draining.subList(1, draining.size()) : draining;
                            if (entryDone) {
                                LOG.debugf(
                                        "collection %s of %s: its %s items soft-deleted",
                                        folder.serverId, device.deviceId, entry.itemClass());
                                Drain.write(state, remaining);
                                dropHorizon(state, entry.itemClass());
                                if (!remaining.isEmpty()) {
                                    state.drainAfterId = 0L;
                                }
                            }
                            int room = window - softDeletes.size();
                            if (!remaining.isEmpty() || room == 0) {
                                // More to soft-delete, or no room left for the regular changes.
                                return Uni.createFrom()
                                        .item(new ServerChanges(softDeletes, since, true));
                            }
                            return filterThenCollect(
                                            device,
                                            folder,
                                            state,
                                            options,
                                            since,
                                            room,
                                            legacyDeletes,
                                            now)
                                    .map(
                                            changes -> {
                                                List<SyncCommand> all =
                                                        new ArrayList<>(softDeletes);
                                                all.addAll(changes.commands());
                                                return new ServerChanges(
                                                        all, changes.upToModseq(), changes.more());
                                            });
                        });
    }

    /** A class no longer synced has no view left to bound. */
    private static void dropHorizon(SyncState state, String itemClass) {
        Map<String, Horizons.Horizon> horizons = Horizons.read(state);
        if (horizons.remove(itemClass) != null) {
            Horizons.write(state, horizons);
        }
    }

    /**
     * Items that left (or, after a wider FilterType, entered) the filter windows come before the
     * regular changes, which follow once every class's view is in step with its window.
     */
    private Uni<ServerChanges> filterThenCollect(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            SyncState state,
            List<SyncOptions> options,
            long since,
            int window,
            boolean legacyDeletes,
            Instant now) {
        return filterWindows
                .move(folder, state, options, since, window, now)
                .chain(
                        moved -> {
                            if (!moved.done()) {
                                return Uni.createFrom()
                                        .item(new ServerChanges(moved.commands(), since, true));
                            }
                            return collectChanges(
                                            device,
                                            folder,
                                            options,
                                            since,
                                            window - moved.commands().size(),
                                            legacyDeletes,
                                            now)
                                    .map(
                                            changes -> {
                                                List<SyncCommand> all =
                                                        new ArrayList<>(moved.commands());
                                                all.addAll(changes.commands());
                                                return new ServerChanges(
                                                        all, changes.upToModseq(), changes.more());
                                            });
                        });
    }

    private Uni<ServerChanges> collectChanges(
            Device device,
            org.eassms.eas.sync.domain.Folder folder,
            List<SyncOptions> options,
            long since,
            int window,
            boolean legacyDeletes,
            Instant now) {
        List<String> classes = SyncRules.wantedClasses(options);
        return items.changesSince(folder.id, since, classes, window)
                .map(
                        changed -> {
                            List<SyncCommand> commands = new ArrayList<>();
                            long upTo = since;
                            boolean more = false;
                            for (Item item : changed) {
                                if (commands.size() == window) {
                                    more = true;
                                    break;
                                }
                                upTo = item.modseq;
                                if (device.id.equals(item.lastChangedBy)) {
                                    continue; // the device made this change itself
                                }
                                String serverId = folder.serverId + ":" + item.id;
                                String commandClass =
                                        Item.SMS.equals(item.itemClass) ? Item.SMS : null;
                                SyncOptions block = SyncRules.blockFor(options, item.itemClass);
                                Instant cutoff =
                                        SyncRules.filterCutoff(
                                                block == null ? null : block.filterType(), now);
                                boolean known = item.createdModseq <= since;
                                if (item.deleted) {
                                    if (known) {
                                        commands.add(
                                                SyncCommand.delete(
                                                        legacyDeletes ? null : commandClass,
                                                        serverId));
                                    }
                                } else if (cutoff != null
                                        && item.dateReceived != null
                                        && item.dateReceived.toInstant().isBefore(cutoff)) {
                                    continue; // outside the client's filter window
                                } else {
                                    BodyPreference preference =
                                            block == null || block.bodyPreferences().isEmpty()
                                                    ? null
                                                    : block.bodyPreferences().get(0);
                                    commands.add(
                                            known
                                                    ? SyncCommand.change(
                                                            commandClass,
                                                            serverId,
                                                            mapper.toData(item, preference))
                                                    : SyncCommand.serverAdd(
                                                            commandClass,
                                                            serverId,
                                                            mapper.toData(item, preference)));
                                }
                            }
                            if (!more && changed.size() > window && commands.size() < window) {
                                more = true; // skipped items filled the page: there may be more
                                // beyond it
                            }
                            return new ServerChanges(commands, upTo, more);
                        });
    }
}
