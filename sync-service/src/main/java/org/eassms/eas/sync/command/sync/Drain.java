package org.eassms.eas.sync.command.sync;

import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.SyncState;

/**
 * The classes being soft-deleted from a device's view of a collection because it stopped sending
 * their Options block (MS-ASMS 3.1.4.1.1.1), kept in the sync state as {@code SMS} or {@code
 * SMS:3}: the class and the FilterType of the dropped block, so that only items the device was sent
 * are soft-deleted. Drained one class at a time, a window per request.
 */
final class Drain {
    private Drain() {}

    record Entry(String itemClass, Integer filterType) {
        static Entry parse(String text) {
            int colon = text.indexOf(':');
            return colon < 0
                    ? new Entry(text, null)
                    : new Entry(
                            text.substring(0, colon), Integer.valueOf(text.substring(colon + 1)));
        }

        String format() {
            return filterType == null ? itemClass : itemClass + ":" + filterType;
        }
    }

    static List<Entry> read(SyncState state) {
        List<Entry> entries = new ArrayList<>();
        if (state.drainClasses != null && !state.drainClasses.isEmpty()) {
            for (String text : state.drainClasses.split(",")) {
                entries.add(Entry.parse(text));
            }
        }
        return entries;
    }

    static void write(SyncState state, List<Entry> entries) {
        state.drainClasses =
                entries.isEmpty()
                        ? null
                        : String.join(",", entries.stream().map(Entry::format).toList());
        if (entries.isEmpty()) {
            state.drainAfterId = null;
        }
    }

    /**
     * Compares the blocks the client sent before with the ones it sends now: a class it no longer
     * asks for starts draining; a class it asks for again stops.
     */
    static void start(SyncState state, List<SyncOptions> previous, List<SyncOptions> current) {
        List<String> wanted = SyncRules.wantedClasses(current);
        List<Entry> entries = new ArrayList<>(read(state));
        String firstBefore = entries.isEmpty() ? null : entries.get(0).itemClass();
        entries.removeIf(e -> wanted.contains(e.itemClass()));
        for (String itemClass : SyncRules.wantedClasses(previous)) {
            boolean draining = entries.stream().anyMatch(e -> e.itemClass().equals(itemClass));
            if (!wanted.contains(itemClass) && !draining) {
                SyncOptions dropped = SyncRules.blockFor(previous, itemClass);
                entries.add(new Entry(itemClass, dropped == null ? null : dropped.filterType()));
            }
        }
        write(state, entries);
        if (!entries.isEmpty() && !entries.get(0).itemClass().equals(firstBefore)) {
            state.drainAfterId = 0L; // the cursor belonged to another class
        }
    }

    /**
     * Where the device's view of a drained class begins: its horizon, or for states older than
     * horizons, the cutoff of the dropped block's FilterType. Null: the whole class.
     */
    static java.time.Instant viewStart(SyncState state, Entry entry, java.time.Instant now) {
        Horizons.Horizon horizon = Horizons.of(state, entry.itemClass());
        return horizon != null ? horizon.date() : SyncRules.filterCutoff(entry.filterType(), now);
    }
}
