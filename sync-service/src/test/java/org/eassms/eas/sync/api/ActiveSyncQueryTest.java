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

    /**
     * Issue 10: clients put the base64 text in the URL as it is. Policy key 0xFBEFFF3E encodes to
     * text with both '+' and '/', which a form decoder would have turned into a space.
     */
    @Test
    void readsTheBase64FormAsClientsSendIt() {
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
            (byte) 0x3E,
            (byte) 0xFF,
            (byte) 0xEF,
            (byte) 0xFB,
            2,
            'P',
            'h'
        };
        String raw = Base64.getEncoder().encodeToString(b);
        assertTrue(raw.contains("+") && raw.contains("/"), raw);
        String unpadded = raw.replace("=", "");
        String percentEncoded = raw.replace("+", "%2B").replace("/", "%2f").replace("=", "%3D");
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        for (String form : new String[] {raw, unpadded, percentEncoded, urlSafe}) {
            ActiveSyncQuery q =
                    ActiveSyncQuery.parse(form).orElseThrow(() -> new AssertionError(form));
            assertEquals("Provision", q.command(), form);
            assertEquals(0xFBEFFF3EL, q.policyKey(), form);
            assertEquals("dev", q.deviceId(), form);
            assertEquals("Ph", q.deviceType(), form);
        }
    }

    /** Every length is checked against what is left: a truncated query is refused, never thrown. */
    @Test
    void refusesEveryTruncationAndBrokenEscape() {
        byte[] whole = {
            (byte) 141,
            20,
            0x09,
            0x04,
            3,
            'd',
            'e',
            'v',
            4,
            1,
            2,
            3,
            4,
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
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            boolean parsed =
                    ActiveSyncQuery.parse(Base64.getEncoder().encodeToString(cut)).isPresent();
            // Cut right after the device type, the query is complete without parameters.
            assertEquals(length == 16, parsed, "cut at " + length);
        }
        assertTrue(ActiveSyncQuery.parse("jAAJBAp2MTQw%zzRGV2aWNl").isEmpty());
        assertTrue(ActiveSyncQuery.parse("jAAJBAp2MTQw%4").isEmpty());
        assertTrue(ActiveSyncQuery.parse("Cmd=Sync&DeviceId=%zz").isEmpty());
        assertTrue(ActiveSyncQuery.parse("jAAJ BAp2").isEmpty());
    }

    /**
     * A base64 query whose text ends in "cmd=" (here the spec's example with the user "xrg") is
     * still read as base64, not as the plain form.
     */
    @Test
    void aBase64QueryEndingInCmdIsNotThePlainForm() {
        ActiveSyncQuery q =
                ActiveSyncQuery.parse("jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25lCAN4cmd=").orElseThrow();
        assertEquals("Sync", q.command());
        assertEquals("xrg", q.user());
    }

    /** Identifiers longer than their columns, or holding control characters, are refused (400). */
    @Test
    void refusesIdentifiersThatDoNotFit() {
        String longId = "d".repeat(ActiveSyncQuery.MAX_DEVICE_ID + 1);
        String longType = "t".repeat(ActiveSyncQuery.MAX_DEVICE_TYPE + 1);
        assertTrue(
                ActiveSyncQuery.parse("Cmd=Sync&User=a&DeviceId=" + longId + "&DeviceType=P")
                        .isEmpty());
        assertTrue(
                ActiveSyncQuery.parse("Cmd=Sync&User=a&DeviceId=dev&DeviceType=" + longType)
                        .isEmpty());
        assertTrue(ActiveSyncQuery.parse("Cmd=Sync&User=a&DeviceId=de%0Av&DeviceType=P").isEmpty());
        assertTrue(
                ActiveSyncQuery.parse("Cmd=Sync&User=a%00b&DeviceId=dev&DeviceType=P").isEmpty());
        assertTrue(
                ActiveSyncQuery.parse(
                                "Cmd=Sync&User=a&DeviceId="
                                        + "d".repeat(ActiveSyncQuery.MAX_DEVICE_ID)
                                        + "&DeviceType=P")
                        .isPresent());
    }

    /**
     * Issue 10, "a phone using the base64 query form works with every policy key": keys as
     * Provision hands them out (1 to 2^32 - 1), the edges and 20,000 at random, at every alignment
     * of the device id, each read back from the form as clients send it: raw ('+' and '/' as they
     * are), percent-encoded, and without its '=' padding.
     */
    @Test
    void everyPolicyKeyIsReadBackInEveryFormClientsSend() {
        java.util.Random random = new java.util.Random(42);
        java.util.List<Long> keys =
                new java.util.ArrayList<>(
                        java.util.List.of(1L, 0xFFFF_FFFFL, 0x8000_0000L, 0xFBEF_FF3EL));
        for (int i = 0; i < 20_000; i++) {
            keys.add(1 + (random.nextLong() & 0xFFFF_FFFEL));
        }
        int withPlusOrSlash = 0;
        for (long key : keys) {
            for (String deviceId : new String[] {"d", "de", "dev"}) {
                String raw = Base64.getEncoder().encodeToString(binaryQuery(deviceId, key));
                withPlusOrSlash += raw.contains("+") || raw.contains("/") ? 1 : 0;
                String encoded =
                        java.net.URLEncoder.encode(raw, java.nio.charset.StandardCharsets.US_ASCII);
                String unpadded = raw.replace("=", "");
                for (String form : new String[] {raw, encoded, unpadded}) {
                    ActiveSyncQuery q =
                            ActiveSyncQuery.parse(form).orElseThrow(() -> new AssertionError(form));
                    assertEquals(key, q.policyKey(), form);
                    assertEquals(deviceId, q.deviceId(), form);
                    assertEquals("Sync", q.command(), form);
                }
            }
        }
        assertTrue(
                withPlusOrSlash > 5_000,
                "thousands of keys exercise '+' and '/': " + withPlusOrSlash);
    }

    /** Sync, 14.1, the device id, a four-byte policy key (little-endian), type "Ph". */
    private static byte[] binaryQuery(String deviceId, long key) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(141);
        b.write(0); // Sync
        b.write(0x09);
        b.write(0x04);
        b.write(deviceId.length());
        b.writeBytes(deviceId.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.write(4);
        for (int i = 0; i < 4; i++) {
            b.write((int) (key >>> (8 * i)) & 0xFF);
        }
        b.write(2);
        b.writeBytes("Ph".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return b.toByteArray();
    }
}
