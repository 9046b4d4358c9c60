package org.eassms.eas.sync.command.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eassms.eas.sync.domain.SyncState;

/**
 * Where a device's view of each filtered class of a collection begins, kept in its sync state as
 * {@code SMS@2026-11-30T10:00:00Z#42,Email@...}. The device holds the live items of that class
 * whose (DateReceived, id) comes after the horizon, plus any without a DateReceived; a class with
 * no horizon is held whole. Ordering by the pair, not the date alone, lets a horizon stop between
 * two items received at the same instant when a window fills up.
 */
final class Horizons {
    private Horizons() {}

    record Horizon(Instant date, long id) {
        /** The horizon of a view that reaches back exactly to {@code cutoff}. */
        static Horizon at(Instant cutoff) {
            return new Horizon(cutoff, 0);
        }

        /** The horizon just after the item (date, id): it has just been soft-deleted. */
        static Horizon through(Instant date, long id) {
            return new Horizon(date, id);
        }

        /** The horizon just before the item (date, id): it has just been added. */
        static Horizon from(Instant date, long id) {
            return new Horizon(date, id - 1);
        }

        boolean isAt(Instant cutoff) {
            return id == 0 && date.equals(cutoff);
        }

        static Horizon parse(String text) {
            int hash = text.lastIndexOf('#');
            return new Horizon(
                    Instant.parse(text.substring(0, hash)),
                    Long.parseLong(text.substring(hash + 1)));
        }

        String format() {
            return date + "#" + id;
        }
    }

    private static Map<String, Horizon> read(SyncState state) {
        Map<String, Horizon> horizons = new LinkedHashMap<>();
        if (state.horizons != null && !state.horizons.isEmpty()) {
            for (String entry : state.horizons.split(",")) {
                int at = entry.indexOf('@');
                horizons.put(entry.substring(0, at), Horizon.parse(entry.substring(at + 1)));
            }
        }
        return horizons;
    }

    private static void write(SyncState state, Map<String, Horizon> horizons) {
        state.horizons =
                horizons.isEmpty()
                        ? null
                        : horizons.entrySet().stream()
                                .map(e -> e.getKey() + "@" + e.getValue().format())
                                .collect(Collectors.joining(","));
    }

    /** The horizon of one class, or null when the device holds the whole class. */
    static Horizon of(SyncState state, String itemClass) {
        return read(state).get(itemClass);
    }

    /** Sets the horizon of one class; null: the device holds the whole class (or none of it). */
    static void set(SyncState state, String itemClass, Horizon horizon) {
        Map<String, Horizon> horizons = read(state);
        if (horizon == null) {
            horizons.remove(itemClass);
        } else {
            horizons.put(itemClass, horizon);
        }
        write(state, horizons);
    }
}
