package org.eassms.eas.sync.conversation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the page writes them: UTC, to the minute (its script shows the reader's local time). */
public final class Times {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private Times() {}

    public static String shown(OffsetDateTime at) {
        return at == null ? "never" : at.withOffsetSameInstant(ZoneOffset.UTC).format(SHOWN);
    }
}
