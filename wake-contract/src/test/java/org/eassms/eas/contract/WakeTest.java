package org.eassms.eas.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WakeTest {

    @Test
    void aWakeSurvivesItsWireForm() {
        Wake wake = new Wake(42, "Appl:F17ZX0\"x");
        assertEquals("42:Appl:F17ZX0\"x", wake.encode());
        assertEquals(wake, Wake.decode(wake.encode()));
    }

    @Test
    void aChangeNoticeSurvivesItsWireForm() {
        ChangeNotice notice = new ChangeNotice(7, "tablet-1");
        assertEquals(notice, ChangeNotice.decode(notice.encode()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "42",
                ":device",
                "42:",
                "x:device",
                "-1:device",
                "99999999999999999999:d"
            })
    void anythingElseIsRefused(String message) {
        assertThrows(IllegalArgumentException.class, () -> Wake.decode(message));
    }

    @Test
    void namesAreTheOnesBothSidesUse() {
        assertEquals("eas:hang:42:phone", RedisNames.hangKey(42, "phone"));
        assertEquals("eas:wake:replica-a", RedisNames.wakeChannel("replica-a"));
        assertEquals("42:phone", SmsTransportChanged.key(42, "phone"));
    }
}
