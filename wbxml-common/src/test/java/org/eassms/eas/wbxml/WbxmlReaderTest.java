package org.eassms.eas.wbxml;

import static org.eassms.eas.wbxml.Golden.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.eassms.eas.wbxml.WbxmlException.Reason;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.Email2;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strictness of the reader on small hand-written documents (inline hex, AOSP ParserTest style). */
class WbxmlReaderTest {

    private static final String HEADER = "03 01 6A 00";

    @Test
    void readsAnEmptyElementAsStartThenEnd() {
        WbxmlReader reader = new WbxmlReader(hex(HEADER + " 05"));
        assertEquals(WbxmlReader.Event.START_TAG, reader.next());
        assertEquals(AirSync.SYNC, reader.tag());
        assertEquals(WbxmlReader.Event.END_TAG, reader.next());
        assertEquals(WbxmlReader.Event.END_DOCUMENT, reader.next());
        assertEquals(WbxmlReader.Event.END_DOCUMENT, reader.next());
    }

    @Test
    void readsPageSwitchTextAndOpaque() {
        // <Sync><SyncKey>1</SyncKey><Email2:ConversationId>[01 02]</ConversationId></Sync>
        Element root =
                WbxmlDocument.decode(hex(HEADER + " 45 4B 03 31 00 01 00 16 49 C3 02 01 02 01 01"));
        assertEquals("1", root.textOf(AirSync.SYNC_KEY));
        assertArrayEquals(new byte[] {1, 2}, root.bytesOf(Email2.CONVERSATION_ID));
    }

    @Test
    void acceptsTheContentFlagWithNoContent() {
        // libwbxml writes <Status> </Status> this way: content flag, then END at once.
        Element root = WbxmlDocument.decode(hex(HEADER + " 45 4E 01 01"));
        assertTrue(root.child(AirSync.STATUS).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "TRUNCATED, ''",
        "TRUNCATED, 03 01 6A",
        "BAD_HEADER, 02 01 6A 00 05",
        "BAD_HEADER, 03 04 6A 00 05",
        "STRING_TABLE_NOT_ALLOWED, 03 00 00 6A 00 05",
        "BAD_HEADER, 03 01 04 00 05",
        "STRING_TABLE_NOT_ALLOWED, 03 01 6A 03 41 42 00 05",
        "TRUNCATED, 03 01 6A 00",
        "TRUNCATED, 03 01 6A 00 45",
        "TRUNCATED, 03 01 6A 00 45 4B 03 31",
        "ATTRIBUTES_NOT_ALLOWED, 03 01 6A 00 C5 01 01",
        "ATTRIBUTES_NOT_ALLOWED, 03 01 6A 00 85 01",
        "UNKNOWN_CODE_PAGE, 03 01 6A 00 00 1A 05",
        "UNKNOWN_CODE_PAGE, 03 01 6A 00 00 FF 05",
        "UNKNOWN_TAG, 03 01 6A 00 3F",
        "UNKNOWN_TAG, 03 01 6A 00 00 0D 7F 01",
        "STRING_TABLE_NOT_ALLOWED, 03 01 6A 00 45 83 00 01",
        "STRING_TABLE_NOT_ALLOWED, 03 01 6A 00 45 04 00 01",
        "UNSUPPORTED_TOKEN, 03 01 6A 00 45 02 41 01",
        "UNSUPPORTED_TOKEN, 03 01 6A 00 45 43 01",
        "UNSUPPORTED_TOKEN, 03 01 6A 00 45 C0 01",
        "UNSUPPORTED_TOKEN, 03 01 6A 00 45 80 00 01",
        "UNBALANCED, 03 01 6A 00 01",
        "INVALID_DOCUMENT, 03 01 6A 00 03 41 00 05",
        "INVALID_DOCUMENT, 03 01 6A 00 C3 01 00 05",
        "TRAILING_DATA, 03 01 6A 00 05 05",
        "TRAILING_DATA, 03 01 6A 00 45 01 01",
        "TRAILING_DATA, 03 01 6A 00 45 01 00 00",
        "BAD_MB_UINT32, 03 81 81 81 81 81 01 6A 00 05",
        "BAD_MB_UINT32, 03 90 80 80 80 00 6A 00 05",
        "LENGTH_PAST_END, 03 01 6A 00 45 C3 05 01 02 01 01",
        "LENGTH_PAST_END, 03 01 6A 00 45 C3 88 80 80 80 00 01",
        "BAD_MB_UINT32, 03 01 6A 00 45 C3 FF FF FF FF FF 7F 01",
        "TRUNCATED, 03 01 6A 00 45 C3 81",
        "INVALID_UTF8, 03 01 6A 00 45 03 C0 AF 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 E0 80 AF 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 ED A0 80 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 F4 90 80 80 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 F8 88 80 80 80 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 C3 41 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 E2 82 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 80 00 01",
        "INVALID_UTF8, 03 01 6A 00 45 03 FF 00 01",
    })
    void rejectsMalformedInputWithTheRightReason(Reason reason, String hex) {
        WbxmlException e = assertThrows(WbxmlException.class, () -> WbxmlDocument.decode(hex(hex)));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.offset() >= 0 && e.offset() <= hex(hex).length, "offset " + e.offset());
    }

    @Test
    void offsetPointsAtTheOffendingByte() {
        WbxmlException e =
                assertThrows(
                        WbxmlException.class,
                        () -> WbxmlDocument.decode(hex(HEADER + " 45 4B 03 41 FF 00 01 01")));
        assertEquals(Reason.INVALID_UTF8, e.reason());
        assertEquals(8, e.offset());
    }

    @Test
    void acceptsEveryValidUtf8Form() {
        String text = "A é € 𝄞 \uFFFD";
        byte[] doc =
                new WbxmlWriter()
                        .start(AirSync.SYNC)
                        .element(AirSync.SYNC_KEY, text)
                        .end()
                        .toByteArray();
        assertEquals(text, WbxmlDocument.decode(doc).textOf(AirSync.SYNC_KEY));
    }

    @Test
    void tenThousandLevelsOfNestingAreRejectedAtTheDepthLimit() {
        byte[] doc = new byte[4 + 10_000];
        System.arraycopy(hex(HEADER), 0, doc, 0, 4);
        Arrays.fill(doc, 4, doc.length, (byte) 0x4F); // <Collection> with content, 10,000 times
        long before = allocatedBytes();
        WbxmlException e = assertThrows(WbxmlException.class, () -> WbxmlDocument.decode(doc));
        long allocated = allocatedBytes() - before;
        assertEquals(Reason.TOO_DEEP, e.reason());
        assertEquals(4 + WbxmlLimits.DEFAULT.maxDepth(), e.offset());
        assertTrue(allocated < 1 << 20, "allocated " + allocated + " bytes");
    }

    @Test
    void twoGibibyteLengthPrefixIsRejectedWithoutAllocating() {
        // OPAQUE of length 0x80000000 (mb_u_int32 88 80 80 80 00) followed by a few bytes.
        byte[] doc = hex(HEADER + " 45 C3 88 80 80 80 00 01 02 03");
        long before = allocatedBytes();
        WbxmlException e = assertThrows(WbxmlException.class, () -> WbxmlDocument.decode(doc));
        long allocated = allocatedBytes() - before;
        assertEquals(Reason.LENGTH_PAST_END, e.reason());
        assertEquals(6, e.offset());
        assertTrue(allocated < 1 << 20, "allocated " + allocated + " bytes");
    }

    @Test
    void enforcesSizeAndValueLimits() {
        WbxmlLimits tight = new WbxmlLimits(64, 4, 2, 3);
        assertEquals(
                Reason.TOO_LARGE,
                assertThrows(WbxmlException.class, () -> new WbxmlReader(new byte[65], tight))
                        .reason());
        assertEquals(
                Reason.TOO_LARGE,
                assertThrows(
                                WbxmlException.class,
                                () ->
                                        WbxmlDocument.decode(
                                                hex(HEADER + " 45 C3 03 01 02 03 01"), tight))
                        .reason());
        assertEquals(
                Reason.TOO_LARGE,
                assertThrows(
                                WbxmlException.class,
                                () ->
                                        WbxmlDocument.decode(
                                                hex(HEADER + " 45 03 41 42 43 44 00 01"), tight))
                        .reason());
        assertEquals(
                Reason.TOO_DEEP,
                assertThrows(
                                WbxmlException.class,
                                () ->
                                        WbxmlDocument.decode(
                                                hex(HEADER + " 4F 4F 4F 4F 4F 01 01 01 01 01"),
                                                tight))
                        .reason());
        assertEquals(
                "ABC", WbxmlDocument.decode(hex(HEADER + " 45 03 41 42 43 00 01"), tight).text());
    }

    /** Bytes allocated by this thread so far (HotSpot's per-thread counter). */
    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
