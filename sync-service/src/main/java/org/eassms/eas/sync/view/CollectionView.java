package org.eassms.eas.sync.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.sync.ItemClass;

/**
 * What one device holds of one collection: the one model of a device's view that Sync, Ping and
 * GetItemEstimate read, and that only Sync changes. A value: every change returns a new view, so
 * the view a request started from is the copy a retry needs (MS-ASCMD 2.2.3.166.4).
 *
 * <ul>
 *   <li>{@code modseq}: the changes of the collection up to this modseq have been sent (or were not
 *       the device's to have).
 *   <li>{@code options}: the sticky Options blocks (MS-ASMS 3.1.4.1.1.1): which classes the device
 *       is sent, under which FilterType and body preference. A Sync without Options keeps them.
 *   <li>{@code withdrawals}: classes the device stopped asking for, whose items are still to be
 *       soft-deleted from its view, first one first; {@code withdrawnThroughId} is how far (by item
 *       id) the first one has got.
 *   <li>{@code horizons}: per filtered class, where the device's view begins ({@link Horizon}); a
 *       class without one is held whole.
 * </ul>
 *
 * <p>How each Sync of the collection changes it (see {@code CollectionSynchronizer}):
 *
 * <ol>
 *   <li>SyncKey 0: {@link #startingWith} the request's Options, nothing sent, under key 1.
 *   <li>The previous SyncKey again (the client lost the answer): the view before the last answer
 *       comes back, and the same range is sent again.
 *   <li>Options in the request: {@link #withOptions} makes them sticky and starts (or stops)
 *       withdrawing the classes dropped (or asked for again).
 *   <li>Within one WindowSize, in this order: soft-deletes of the first withdrawal ({@link
 *       #withdrawnThrough}, {@link #withdrawalDone}); the moves of each class's horizon towards its
 *       FilterType's cutoff, soft-deleting what aged out or adding what a wider filter lets in
 *       ({@link #withHorizon}); then the changes after {@code modseq} that the device is owed
 *       ({@link #sentUpTo}).
 *   <li>When anything was sent or the client sent commands, the key moves on and the view this Sync
 *       started from becomes the previous one.
 * </ol>
 */
public record CollectionView(
        long modseq,
        OptionBlocks options,
        List<Withdrawal> withdrawals,
        long withdrawnThroughId,
        Map<ItemClass, Horizon> horizons) {

    public CollectionView {
        withdrawals = List.copyOf(withdrawals);
        horizons = Collections.unmodifiableMap(new LinkedHashMap<>(horizons));
        if (withdrawals.isEmpty()) {
            withdrawnThroughId = 0;
        }
    }

    /** A device's first Sync of the collection (SyncKey 0): nothing sent, under these Options. */
    public static CollectionView startingWith(OptionBlocks options) {
        return new CollectionView(0, options, List.of(), 0, Map.of());
    }

    /**
     * The Options a client sent become sticky. A class the device no longer asks for starts being
     * withdrawn (with the FilterType it was sent under); a class asked for again stops.
     */
    public CollectionView withOptions(OptionBlocks current) {
        List<Withdrawal> next = new ArrayList<>(withdrawals);
        ItemClass firstBefore = next.isEmpty() ? null : next.get(0).itemClass();
        next.removeIf(w -> current.wants(w.itemClass()));
        for (ItemClass itemClass : options.wantedClasses()) {
            boolean withdrawing = next.stream().anyMatch(w -> w.itemClass() == itemClass);
            if (!current.wants(itemClass) && !withdrawing) {
                var dropped = options.blockFor(itemClass);
                next.add(new Withdrawal(itemClass, dropped == null ? null : dropped.filterType()));
            }
        }
        // The cursor belongs to the first withdrawal: another first starts from the beginning.
        boolean sameFirst = !next.isEmpty() && next.get(0).itemClass() == firstBefore;
        return new CollectionView(
                modseq, current, next, sameFirst ? withdrawnThroughId : 0, horizons);
    }

    /** The changes up to {@code upTo} are now the device's. */
    public CollectionView sentUpTo(long upTo) {
        return new CollectionView(upTo, options, withdrawals, withdrawnThroughId, horizons);
    }

    /** The class being withdrawn now, or null. */
    public Withdrawal nextWithdrawal() {
        return withdrawals.isEmpty() ? null : withdrawals.get(0);
    }

    /** How far the withdrawal {@code w} has got: only the first one has started. */
    public long withdrawnThroughIdOf(Withdrawal w) {
        return !withdrawals.isEmpty() && withdrawals.get(0).equals(w) ? withdrawnThroughId : 0;
    }

    /** The first withdrawal has soft-deleted the items up to this id. */
    public CollectionView withdrawnThrough(long itemId) {
        return new CollectionView(modseq, options, withdrawals, itemId, horizons);
    }

    /** The first withdrawal is complete: a class no longer synced has no view left to bound. */
    public CollectionView withdrawalDone() {
        Map<ItemClass, Horizon> rest = new LinkedHashMap<>(horizons);
        rest.remove(withdrawals.get(0).itemClass());
        return new CollectionView(
                modseq, options, withdrawals.subList(1, withdrawals.size()), 0, rest);
    }

    /**
     * Where the device's view of a withdrawn class begins: its horizon, or for views older than
     * horizons, the cutoff of the dropped block's FilterType. Null: the whole class.
     */
    public Instant viewStart(Withdrawal w, Instant now) {
        Horizon horizon = horizons.get(w.itemClass());
        return horizon != null ? horizon.date() : OptionBlocks.cutoff(w.filterType(), now);
    }

    /** The horizon of one class, or null when the device holds the whole class. */
    public Horizon horizonOf(ItemClass itemClass) {
        return horizons.get(itemClass);
    }

    /** A class's view now begins at {@code horizon}; null: the device holds the whole class. */
    public CollectionView withHorizon(ItemClass itemClass, Horizon horizon) {
        Map<ItemClass, Horizon> next = new LinkedHashMap<>(horizons);
        if (horizon == null) {
            next.remove(itemClass);
        } else {
            next.put(itemClass, horizon);
        }
        return new CollectionView(modseq, options, withdrawals, withdrawnThroughId, next);
    }
}
