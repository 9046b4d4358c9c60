package org.eassms.eas.sync.command.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eassms.eas.protocol.sync.SyncOptions;

/**
 * The protocol rules of Sync that need no database: limits, Options blocks, filters (MS-ASCMD,
 * MS-ASMS 3.2.5.1).
 */
public final class SyncRules {
    static final int DEFAULT_WINDOW = 100;
    static final int MAX_WINDOW = 512;
    static final int MAX_WAIT_MINUTES = 59;

    private SyncRules() {}

    /**
     * MS-ASMS 3.2.5.1: more than two Options blocks, a Class other than SMS or Email, or two blocks
     * for one class is status 4 (protocol error). Null when the blocks are acceptable.
     */
    public static String optionsProblem(List<SyncOptions> blocks) {
        if (blocks.size() > 2) {
            return blocks.size() + " Options blocks";
        }
        Set<String> classes = new HashSet<>();
        for (SyncOptions block : blocks) {
            String itemClass = block.itemClass() == null ? SyncOptions.EMAIL : block.itemClass();
            if (!itemClass.equals(SyncOptions.SMS) && !itemClass.equals(SyncOptions.EMAIL)) {
                return "Options Class " + itemClass;
            }
            if (!classes.add(itemClass)) {
                return "two Options blocks for " + itemClass;
            }
            if (block.filterType() != null && (block.filterType() < 0 || block.filterType() > 8)) {
                return "FilterType " + block.filterType();
            }
        }
        return null;
    }

    /**
     * The block that applies to a class: SMS needs its own block; the default class takes a
     * Class-less block.
     */
    public static SyncOptions blockFor(List<SyncOptions> blocks, String itemClass) {
        for (SyncOptions block : blocks) {
            String blockClass = block.itemClass() == null ? SyncOptions.EMAIL : block.itemClass();
            if (blockClass.equals(itemClass)) {
                return block;
            }
        }
        return null;
    }

    /**
     * The classes a client asked for: SMS only under an SMS block (MS-ASMS 3.1.4.1.1); e-mail by
     * default.
     */
    public static List<String> wantedClasses(List<SyncOptions> blocks) {
        if (blocks.isEmpty()) {
            return List.of(SyncOptions.EMAIL);
        }
        return blocks.stream()
                .map(b -> b.itemClass() == null ? SyncOptions.EMAIL : b.itemClass())
                .distinct()
                .toList();
    }

    /**
     * MS-ASCMD 2.2.3.70.1 FilterType for e-mail (and SMS, MS-ASMS 3.1.4.1.1.2): the oldest date
     * kept, or null.
     */
    public static Instant filterCutoff(Integer filterType, Instant now) {
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

    static int window(Integer collectionWindow, Integer requestWindow) {
        Integer size = collectionWindow != null ? collectionWindow : requestWindow;
        if (size == null) {
            return DEFAULT_WINDOW;
        }
        return size <= 0 || size > MAX_WINDOW ? MAX_WINDOW : size;
    }
}
