package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.view.CollectionView;
import org.eassms.eas.sync.view.OptionBlocks;
import org.eassms.eas.sync.view.Withdrawal;

/**
 * How many changes the device's next Sync of a collection would bring (MS-ASCMD 2.2.1.9, MS-ASMS
 * 3.2.5.2): changes after its SyncKey's modseq, of the classes the given Options blocks ask for
 * (SMS only under a block with Class SMS), inside each block's FilterType window, other than the
 * device's own, and not deletions of items it never had; plus what the device's view still owes:
 * soft-deletes of a class it stopped syncing, and the soft-deletes or additions that bring each
 * class's horizon to its FilterType window (see {@link FilterWindows}). One count query per class
 * and per pending piece of work.
 */
@ApplicationScoped
public class ChangeEstimator {
    private final ItemRepository items;
    private final FilterWindows filterWindows;

    ChangeEstimator(ItemRepository items, FilterWindows filterWindows) {
        this.items = items;
        this.filterWindows = filterWindows;
    }

    public Uni<Integer> estimate(
            Device device, Folder folder, SyncState state, OptionBlocks options) {
        Instant now = Instant.now();
        return Multi.createFrom()
                .iterable(OwedChanges.wanted(options, now))
                .onItem()
                .transformToUniAndConcatenate(
                        wanted ->
                                items.countOwedChanges(
                                        folder.id, state.view.modseq(), wanted, device.id))
                .collect()
                .with(java.util.stream.Collectors.summingLong(Long::longValue))
                .chain(
                        changes -> {
                            List<ItemRepository.ItemRange> owed =
                                    new ArrayList<>(drains(folder, state, options, now));
                            owed.addAll(
                                    filterWindows.owed(
                                            folder, state, options, state.view.modseq(), now));
                            return items.countAll(owed).map(count -> changes + count);
                        })
                .map(total -> (int) Math.min(Integer.MAX_VALUE, total));
    }

    /** The items left to soft-delete of the classes being drained that these blocks omit. */
    private static List<ItemRepository.ItemRange> drains(
            Folder folder, SyncState state, OptionBlocks options, Instant now) {
        CollectionView view = state.view;
        List<ItemRepository.ItemRange> ranges = new ArrayList<>();
        for (Withdrawal withdrawal : view.withdrawals()) {
            if (!options.wants(withdrawal.itemClass())) {
                Instant cutoff = view.viewStart(withdrawal, now);
                ranges.add(
                        ItemRepository.inViewAfter(
                                folder.id,
                                withdrawal.itemClass(),
                                view.modseq(),
                                cutoff == null ? null : cutoff.atOffset(ZoneOffset.UTC),
                                view.withdrawnThroughIdOf(withdrawal)));
            }
        }
        return ranges;
    }
}
