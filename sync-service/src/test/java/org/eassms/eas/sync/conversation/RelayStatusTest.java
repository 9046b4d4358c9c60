package org.eassms.eas.sync.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eassms.eas.sync.account.DeviceInventory.DeviceEntry;
import org.junit.jupiter.api.Test;

class RelayStatusTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T12:00:00Z");
    private static final Duration STALE = Duration.ofHours(24);

    private static DeviceEntry device(
            String id, Boolean transport, OffsetDateTime lastSeen, Boolean hanging) {
        return new DeviceEntry(
                id,
                "Phone",
                null,
                null,
                null,
                null,
                "14.1",
                true,
                lastSeen,
                lastSeen,
                hanging,
                transport,
                Boolean.TRUE.equals(transport) ? "+14255550123" : null);
    }

    @Test
    void aConnectedTransportIsNamed() {
        RelayStatus status =
                RelayStatus.of(
                        List.of(
                                device("tablet", false, NOW, true),
                                device("phone", true, NOW.minusHours(1), true)),
                        STALE,
                        NOW);
        assertEquals("ok", status.level());
        assertEquals("Your SMS are sent by your phone +14255550123, connected now.", status.text());
    }

    @Test
    void noTransportAndALongUnseenOneAreWarnings() {
        RelayStatus none = RelayStatus.of(List.of(device("tablet", false, NOW, true)), STALE, NOW);
        assertEquals("warning", none.level());
        assertTrue(none.text().startsWith("No phone sends SMS for you yet."), none.text());

        RelayStatus unseen =
                RelayStatus.of(List.of(device("phone", true, NOW.minusDays(3), false)), STALE, NOW);
        assertEquals("warning", unseen.level());
        assertEquals(
                "Your phone +14255550123 has not been seen since 2026-12-01 12:00 UTC: SMS you"
                        + " write wait until it connects again.",
                unseen.text());
    }

    @Test
    void whenSettingsServiceCannotSayThePageSaysSo() {
        RelayStatus unknown =
                RelayStatus.of(List.of(device("phone", null, NOW, false)), STALE, NOW);
        assertEquals("unknown", unknown.level());
    }
}
