package org.eassms.eas.sync.command.sync;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eassms.eas.sync.domain.Item;
import org.eassms.eas.sync.repository.ItemRepository.WantedClass;
import org.eassms.eas.sync.view.OptionBlocks;

/**
 * Which changed items a device is owed in a collection, the one answer Sync, GetItemEstimate and
 * Ping give: items of the classes its Options ask for (SMS only under an SMS block, MS-ASMS
 * 3.1.4.1.1), not its own change, not the deletion of an item it never had, not a live item
 * received before its FilterType's cutoff. Sync applies {@link #isOwed} to the changes it reads;
 * GetItemEstimate and Ping ask the database the same question ({@code ItemRepository.OWED_CHANGE}),
 * so a Ping never wakes for a change the next Sync leaves out, and an estimate counts what the Sync
 * will send.
 */
public final class OwedChanges {
    private OwedChanges() {}

    /** The classes these Options ask for, each with its cutoff at {@code now}. */
    public static List<WantedClass> wanted(OptionBlocks options, Instant now) {
        return options.wantedClasses().stream()
                .map(
                        itemClass -> {
                            Instant cutoff = options.cutoffOf(itemClass, now);
                            return new WantedClass(
                                    itemClass,
                                    cutoff == null ? null : cutoff.atOffset(ZoneOffset.UTC));
                        })
                .toList();
    }

    /**
     * Whether a changed item (modseq after {@code since}) of a wanted class is owed to the device
     * {@code devicePk}, whose cutoff for the item's class is {@code cutoff} (null: none).
     */
    public static boolean isOwed(Item item, long since, long devicePk, Instant cutoff) {
        if (item.lastChangedBy != null && item.lastChangedBy == devicePk) {
            return false; // its own change: it knows
        }
        if (item.deleted) {
            return item.createdModseq <= since; // a deletion of what it never had is nothing
        }
        return cutoff == null
                || item.dateReceived == null
                || !item.dateReceived.toInstant().isBefore(cutoff);
    }
}
