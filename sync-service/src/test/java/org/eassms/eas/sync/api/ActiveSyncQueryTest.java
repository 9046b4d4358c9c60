package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** MS-ASHTTP 2.2.1.1.1: both query forms. */
class ActiveSyncQueryTest {

    @Test
    void parsesThePlainForm() {
        ActiveSyncQuery q =
                ActiveSyncQuery.parse(
                                "Cmd=Sync&User=CONTOSO%5Calice&DeviceId=ABC123&DeviceType=Pixel")
                        .orElseThrow();
        assertEquals("Sync", q.command());
        assertEquals("CONTOSO\\alice", q.user());
        assertEquals("ABC123", q.deviceId());
        assertEquals("Pixel", q.deviceType());
        assertNull(q.protocolVersion());
    }

    @Test
    void parsesTheSpecsBase64Example() {
        // MS-ASHTTP 4.2: version 140, Sync, locale 0x0409, DeviceId "v140Device", no policy key,
        // type "SmartPhone".
        ActiveSyncQuery q =
                ActiveSyncQuery.parse("jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l").orElseThrow();
        assertEquals("Sync", q.command());
        assertEquals("14.0", q.protocolVersion());
        assertEquals("v140Device", q.deviceId());
        assertEquals("SmartPhone", q.deviceType());
        assertNull(q.policyKey());
    }

    @Test
    void readsPolicyKeyAndUserFromTheBinaryForm() {
        byte[] b = {
            (byte) 141,
            20,
            0x09,
            0x04,
            3,
            'd',
            'e',
            'v',
            4,
            0x78,
            0x56,
            0x34,
            0x12,
            2,
            'P',
            'h',
            8,
            5,
            'a',
            'l',
            'i',
            'c',
            'e'
        };
        ActiveSyncQuery q =
                ActiveSyncQuery.parse(Base64.getEncoder().encodeToString(b)).orElseThrow();
        assertEquals("Provision", q.command());
        assertEquals("14.1", q.protocolVersion());
        assertEquals(0x12345678L, q.policyKey());
        assertEquals("alice", q.user());
    }

    @Test
    void rejectsGarbage() {
        assertTrue(ActiveSyncQuery.parse("").isEmpty());
        assertTrue(ActiveSyncQuery.parse("Cmd=Sync").isEmpty());
        assertTrue(ActiveSyncQuery.parse("!!!not-base64").isEmpty());
        assertTrue(
                ActiveSyncQuery.parse(
                                Base64.getEncoder().encodeToString(new byte[] {(byte) 140, 0, 9}))
                        .isEmpty());
        assertTrue(
                ActiveSyncQuery.parse(
                                Base64.getEncoder()
                                        .encodeToString(
                                                new byte[] {(byte) 140, 99, 9, 4, 1, 'x', 0, 0}))
                        .isEmpty());
    }
}
