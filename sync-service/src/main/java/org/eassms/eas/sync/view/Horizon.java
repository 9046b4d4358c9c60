package org.eassms.eas.sync.view;

import java.time.Instant;

/**
 * Where a device's view of one filtered class begins: it holds the live items of the class whose
 * (DateReceived, id) comes after this pair, plus any without a DateReceived. Ordering by the pair,
 * not the date alone, lets a horizon stop between two items received at the same instant when a
 * window fills up.
 */
public record Horizon(Instant date, long id) {
    /** The horizon of a view that reaches back exactly to {@code cutoff}. */
    public static Horizon at(Instant cutoff) {
        return new Horizon(cutoff, 0);
    }

    /** The horizon just after the item (date, id): it has just been soft-deleted. */
    public static Horizon through(Instant date, long id) {
        return new Horizon(date, id);
    }

    /** The horizon just before the item (date, id): it has just been added. */
    public static Horizon from(Instant date, long id) {
        return new Horizon(date, id - 1);
    }

    public boolean isAt(Instant cutoff) {
        return id == 0 && date.equals(cutoff);
    }
}
