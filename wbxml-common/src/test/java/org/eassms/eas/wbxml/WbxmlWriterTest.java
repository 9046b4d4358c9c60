package org.eassms.eas.wbxml;

import static org.eassms.eas.wbxml.Golden.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.AirSyncBase;
import org.eassms.eas.wbxml.codepage.Email;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.junit.jupiter.api.Test;

class WbxmlWriterTest {

    @Test
    void writesContentFlagOnlyWhenThereIsContent() {
        byte[] doc =
                new WbxmlWriter()
                        .start(AirSync.SYNC)
                        .empty(AirSync.GET_CHANGES)
                        .element(AirSync.CLASS, "")
                        .end()
                        .toByteArray();
        assertArrayEquals(hex("03 01 6A 00 45 13 10 01"), doc);
    }

    @Test
    void switchesPageOnlyWhenThePageChanges() {
        byte[] doc =
                new WbxmlWriter()
                        .start(AirSync.APPLICATION_DATA)
                        .element(Email.TO, "a")
                        .element(Email.FROM, "b")
                        .start(AirSyncBase.BODY)
                        .element(AirSyncBase.TYPE, "1")
                        .end()
                        .end()
                        .toByteArray();
        assertArrayEquals(
                hex(
                        "03 01 6A 00 5D 00 02 56 03 61 00 01 58 03 62 00 01 00 11 4A 46 03 31 00 01 01 01"),
                doc);
    }

    @Test
    void writesLongOpaqueLengthsAsMultiByteIntegers() {
        byte[] value = new byte[300];
        byte[] doc = new WbxmlWriter().start(AirSync.SYNC).opaque(value).end().toByteArray();
        assertArrayEquals(hex("C3 82 2C"), java.util.Arrays.copyOfRange(doc, 5, 8));
        assertEquals(300, WbxmlDocument.decode(doc).bytes().length);
    }

    @Test
    void replacesLoneSurrogatesAndRejectsNul() {
        byte[] doc = new WbxmlWriter().start(AirSync.SYNC).text("a\uD800b").end().toByteArray();
        assertEquals("a\uFFFDb", WbxmlDocument.decode(doc).text());
        assertThrows(
                WbxmlException.class, () -> new WbxmlWriter().start(AirSync.SYNC).text("a\u0000b"));
    }

    @Test
    void refusesUnbalancedUse() {
        assertThrows(IllegalStateException.class, () -> new WbxmlWriter().end());
        assertThrows(
                IllegalStateException.class,
                () -> new WbxmlWriter().start(AirSync.SYNC).toByteArray());
        assertThrows(IllegalStateException.class, () -> new WbxmlWriter().toByteArray());
        assertThrows(IllegalStateException.class, () -> new WbxmlWriter().text("x"));
        assertThrows(
                IllegalStateException.class,
                () -> new WbxmlWriter().start(AirSync.SYNC).end().start(AirSync.SYNC));
    }
}
