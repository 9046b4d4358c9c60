package org.eassms.eas.sync.command.sync;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.ItemRepository;

/**
 * How many changes the device's next Sync of a collection would bring (MS-ASCMD 2.2.1.9, MS-ASMS
 * 3.2.5.2): changes after its SyncKey's modseq, of the classes the given Options blocks ask for
 * (SMS only under a block with Class SMS), inside each block's FilterType window, other than the
 * device's own, and not deletions of items it never had. One count query per class.
 */
@ApplicationScoped
public class ChangeEstimator {
    private final ItemRepository items;

    ChangeEstimator(ItemRepository items) {
        this.items = items;
    }

    public Uni<Integer> estimate(
            Device device, Folder folder, SyncState state, List<SyncOptions> options) {
        Instant now = Instant.now();
        return Multi.createFrom()
                .iterable(SyncRules.wantedClasses(options))
                .onItem()
                .transformToUniAndConcatenate(
                        itemClass -> {
                            SyncOptions block = SyncRules.blockFor(options, itemClass);
                            Instant cutoff =
                                    SyncRules.filterCutoff(
                                            block == null ? null : block.filterType(), now);
                            return items.countChangesSince(
                                    folder.id,
                                    state.modseq,
                                    itemClass,
                                    device.id,
                                    cutoff == null ? null : cutoff.atOffset(ZoneOffset.UTC));
                        })
                .collect()
                .with(java.util.stream.Collectors.summingLong(Long::longValue))
                .map(Long::intValue);
    }
}
