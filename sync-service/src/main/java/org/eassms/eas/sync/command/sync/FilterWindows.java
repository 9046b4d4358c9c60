package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.domain.ItemServerId;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.repository.ItemRepository.ItemRange;
import org.eassms.eas.sync.view.Horizon;
import org.eassms.eas.sync.view.OptionBlocks;
import org.jboss.logging.Logger;

/**
 * Keeps a device's view of each class in step with its FilterType (MS-ASCMD 2.2.3.68.2 and
 * 2.2.3.172, MS-ASMS 3.1.4.1.1.2) as time passes or the FilterType changes: items that fall out of
 * the window are soft-deleted, and when the window widens, the older items now inside it are added.
 * Works a window at a time, one indexed range read per class and request, and moves the class's
 * horizon past what it sent.
 */
@ApplicationScoped
class FilterWindows {
    private static final Logger LOG = Logger.getLogger(FilterWindows.class);

    private final ItemRepository items;
    private final ItemMapper mapper;

    FilterWindows(ItemRepository items, ItemMapper mapper) {
        this.items = items;
        this.mapper = mapper;
    }

    /** The commands that move the horizons, and whether every class's view is now in step. */
    record Moved(List<SyncCommand> commands, boolean done) {}

    /**
     * Moves the horizons of the classes the device syncs towards the cutoffs of their blocks at
     * {@code now}, with at most {@code room} commands, for a device that has the changes up to
     * {@code since}.
     */
    Uni<Moved> move(
            Folder folder,
            SyncState state,
            OptionBlocks options,
            long since,
            int room,
            Instant now) {
        return moveFrom(
                folder,
                state,
                options,
                options.wantedClasses(),
                0,
                since,
                room,
                now,
                new ArrayList<>());
    }

    private Uni<Moved> moveFrom(
            Folder folder,
            SyncState state,
            OptionBlocks options,
            List<ItemClass> classes,
            int index,
            long since,
            int room,
            Instant now,
            List<SyncCommand> sent) {
        if (index == classes.size()) {
            return Uni.createFrom().item(new Moved(sent, true));
        }
        if (room == 0) {
            return Uni.createFrom().item(new Moved(sent, false));
        }
        ItemClass itemClass = classes.get(index);
        SyncOptions block = options.blockFor(itemClass);
        Instant cutoff = options.cutoffOf(itemClass, now);
        Horizon horizon = state.view.horizonOf(itemClass);
        int sentBefore = sent.size();
        Uni<Boolean> step =
                switch (Direction.of(horizon, cutoff)) {
                    case IN_STEP -> Uni.createFrom().item(true);
                    case AGE ->
                            ageOut(folder, state, itemClass, horizon, cutoff, since, room, sent);
                    case WIDEN ->
                            widen(
                                    folder, state, block, itemClass, horizon, cutoff, since, room,
                                    sent);
                };
        return step.chain(
                classDone ->
                        classDone
                                ? moveFrom(
                                        folder,
                                        state,
                                        options,
                                        classes,
                                        index + 1,
                                        since,
                                        room - (sent.size() - sentBefore),
                                        now,
                                        sent)
                                : Uni.createFrom().item(new Moved(sent, false)));
    }

    /**
     * The items the horizons still owe the device commands for under these blocks (soft-deletes of
     * items that left the windows, additions after a widening): one range per class not in step.
     */
    List<ItemRange> owed(
            Folder folder, SyncState state, OptionBlocks options, long since, Instant now) {
        List<ItemRange> ranges = new ArrayList<>();
        for (ItemClass itemClass : options.wantedClasses()) {
            Instant cutoff = options.cutoffOf(itemClass, now);
            Horizon horizon = state.view.horizonOf(itemClass);
            switch (Direction.of(horizon, cutoff)) {
                case IN_STEP -> {}
                case AGE -> ranges.add(agingRange(folder, itemClass, horizon, cutoff, since));
                case WIDEN -> ranges.add(widenRange(folder, itemClass, horizon, cutoff, since));
            }
        }
        return ranges;
    }

    /** Which way a class's horizon has to move to reach the cutoff of its block now. */
    private enum Direction {
        IN_STEP,
        AGE,
        WIDEN;

        static Direction of(Horizon horizon, Instant cutoff) {
            if (horizon == null && cutoff == null) {
                return IN_STEP; // no filter, and the whole class is in view
            }
            if (horizon != null && horizon.isAt(cutoff)) {
                return IN_STEP;
            }
            if (horizon == null || (cutoff != null && !cutoff.isBefore(horizon.date()))) {
                return AGE;
            }
            return WIDEN;
        }
    }

    private static final String AGE_ORDER = "dateReceived, id";
    private static final String WIDEN_ORDER = "dateReceived desc, id desc";

    private static ItemRange agingRange(
            Folder folder, ItemClass itemClass, Horizon horizon, Instant cutoff, long since) {
        return ItemRepository.agingOut(
                folder.id,
                itemClass,
                since,
                horizon == null ? null : utc(horizon.date()),
                horizon == null ? 0 : horizon.id(),
                utc(cutoff));
    }

    private static ItemRange widenRange(
            Folder folder, ItemClass itemClass, Horizon horizon, Instant cutoff, long since) {
        return ItemRepository.backfill(
                folder.id,
                itemClass,
                since,
                cutoff == null ? null : utc(cutoff),
                utc(horizon.date()),
                horizon.id());
    }

    /** Soft-deletes the items between the horizon and the cutoff, oldest first. */
    private Uni<Boolean> ageOut(
            Folder folder,
            SyncState state,
            ItemClass itemClass,
            Horizon horizon,
            Instant cutoff,
            long since,
            int room,
            List<SyncCommand> sent) {
        int before = sent.size();
        return items.page(agingRange(folder, itemClass, horizon, cutoff, since), AGE_ORDER, room)
                .map(
                        page -> {
                            Horizon reached = Horizon.at(cutoff);
                            for (Item item : page.subList(0, Math.min(room, page.size()))) {
                                sent.add(
                                        SyncCommand.softDelete(
                                                ItemServerId.of(folder.serverId, item.id)
                                                        .toString()));
                                reached = Horizon.through(item.dateReceived.toInstant(), item.id);
                            }
                            boolean done = page.size() <= room;
                            state.view =
                                    state.view.withHorizon(
                                            itemClass, done ? Horizon.at(cutoff) : reached);
                            LOG.debugf(
                                    "collection %s: %d %s items left the filter window",
                                    folder.serverId, sent.size() - before, itemClass);
                            return done;
                        });
    }

    /** Adds the items between the new cutoff (none: all) and the horizon, newest first. */
    private Uni<Boolean> widen(
            Folder folder,
            SyncState state,
            SyncOptions block,
            ItemClass itemClass,
            Horizon horizon,
            Instant cutoff,
            long since,
            int room,
            List<SyncCommand> sent) {
        BodyPreference preference =
                block == null || block.bodyPreferences().isEmpty()
                        ? null
                        : block.bodyPreferences().get(0);
        String commandClass = itemClass.inCommand();
        return items.page(widenRange(folder, itemClass, horizon, cutoff, since), WIDEN_ORDER, room)
                .map(
                        page -> {
                            Horizon reached = horizon;
                            for (Item item : page.subList(0, Math.min(room, page.size()))) {
                                sent.add(
                                        SyncCommand.serverAdd(
                                                commandClass,
                                                ItemServerId.of(folder.serverId, item.id)
                                                        .toString(),
                                                mapper.toData(item, preference)));
                                reached = Horizon.from(item.dateReceived.toInstant(), item.id);
                            }
                            boolean done = page.size() <= room;
                            state.view =
                                    state.view.withHorizon(
                                            itemClass, done ? endOfWidening(cutoff) : reached);
                            return done;
                        });
    }

    /** A view widened to "all" has no horizon any more. */
    private static Horizon endOfWidening(Instant cutoff) {
        return cutoff == null ? null : Horizon.at(cutoff);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
