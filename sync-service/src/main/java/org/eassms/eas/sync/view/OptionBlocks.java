package org.eassms.eas.sync.view;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncOptions;

/**
 * The Options blocks of one collection in a Sync or GetItemEstimate (MS-ASCMD 2.2.3.124) and the
 * rules they carry: which classes of items the device asks for (SMS only under a block with Class
 * SMS, MS-ASMS 3.1.4.1.1), which block applies to a class, and where each class's FilterType window
 * begins. Sync keeps them as the collection's sticky Options (MS-ASMS 3.1.4.1.1.1).
 */
public record OptionBlocks(List<SyncOptions> blocks) {
    /** No block: the folder's default class, e-mail, unfiltered. */
    public static final OptionBlocks NONE = new OptionBlocks(List.of());

    public OptionBlocks {
        blocks = List.copyOf(blocks);
    }

    public static OptionBlocks of(List<SyncOptions> blocks) {
        return blocks.isEmpty() ? NONE : new OptionBlocks(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * MS-ASMS 3.2.5.1: more than two blocks, a Class other than SMS or Email, or two blocks for one
     * class is a protocol error (status 4). Null when the blocks are acceptable.
     */
    public String problem() {
        if (blocks.size() > 2) {
            return blocks.size() + " Options blocks";
        }
        Set<ItemClass> classes = EnumSet.noneOf(ItemClass.class);
        for (SyncOptions block : blocks) {
            ItemClass itemClass = ItemClass.namedOrEmail(block.itemClass());
            if (itemClass == null) {
                return "Options Class " + block.itemClass();
            }
            if (!classes.add(itemClass)) {
                return "two Options blocks for " + itemClass.text();
            }
            if (block.filterType() != null && (block.filterType() < 0 || block.filterType() > 8)) {
                return "FilterType " + block.filterType();
            }
        }
        return null;
    }

    /** The classes asked for: e-mail when there is no block, else the classes of the blocks. */
    public List<ItemClass> wantedClasses() {
        if (blocks.isEmpty()) {
            return List.of(ItemClass.EMAIL);
        }
        return blocks.stream()
                .map(block -> ItemClass.namedOrEmail(block.itemClass()))
                .filter(Objects::nonNull) // only in blocks problem() refuses
                .distinct()
                .toList();
    }

    public boolean wants(ItemClass itemClass) {
        return wantedClasses().contains(itemClass);
    }

    /** The block of a class: SMS needs its own; e-mail takes a Class-less block. Null: none. */
    public SyncOptions blockFor(ItemClass itemClass) {
        for (SyncOptions block : blocks) {
            if (ItemClass.namedOrEmail(block.itemClass()) == itemClass) {
                return block;
            }
        }
        return null;
    }

    /** The oldest DateReceived the class's FilterType keeps at {@code now}; null: no filter. */
    public Instant cutoffOf(ItemClass itemClass, Instant now) {
        SyncOptions block = blockFor(itemClass);
        return cutoff(block == null ? null : block.filterType(), now);
    }

    /**
     * MS-ASCMD 2.2.3.70.1 FilterType for e-mail (and SMS, MS-ASMS 3.1.4.1.1.2): the oldest date
     * kept, or null for 0 (all) and the calendar and task values.
     */
    public static Instant cutoff(Integer filterType, Instant now) {
        if (filterType == null) {
            return null;
        }
        return switch (filterType) {
            case 1 -> now.minus(Duration.ofDays(1));
            case 2 -> now.minus(Duration.ofDays(3));
            case 3 -> now.minus(Duration.ofDays(7));
            case 4 -> now.minus(Duration.ofDays(14));
            case 5 -> now.minus(Duration.ofDays(31));
            default -> null;
        };
    }
}
