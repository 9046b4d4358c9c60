package org.eassms.eas.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
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
    void aTracedWakeCarriesItsTraceparentAfterTheDevice() {
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        Wake wake = new Wake(42, "Appl:F17ZX0", traceparent);
        assertEquals("42:Appl:F17ZX0\n" + traceparent, wake.encode());
        assertEquals(wake, Wake.decode(wake.encode()));
        assertEquals(new Wake(42, "phone"), Wake.decode("42:phone\n"));
    }

    @Test
    void aTraceparentNamesItsTraceOrNothing() {
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        assertEquals("0af7651916cd43dd8448eb211c80319c", TraceParent.traceIdOf(traceparent));
        assertEquals(traceparent, TraceParent.of(Span.fromContext(TraceParent.parse(traceparent))));
        assertNull(TraceParent.traceIdOf("00-zz-nonsense-01"));
        assertNull(TraceParent.traceIdOf(null));
        assertNull(TraceParent.of(Context.root()));
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
