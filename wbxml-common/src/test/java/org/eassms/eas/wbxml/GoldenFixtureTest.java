package org.eassms.eas.wbxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HexFormat;
import java.util.List;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.eassms.eas.wbxml.dom.XmlParser;
import org.eassms.eas.wbxml.dom.XmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our codec against libwbxml's bytes, for every fixture including the code page tables. */
class GoldenFixtureTest {

    static List<Golden> fixtures() {
        return Golden.all();
    }

    @Test
    void fixturesArePresent() {
        assertFalse(Golden.commands().isEmpty());
        for (Golden golden : Golden.all()) {
            assertFalse(
                    golden.wbxml().length == 0,
                    golden + " has no bytes: run regenerate-goldens.sh");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void encodingTheXmlGivesLibwbxmlsBytes(Golden golden) {
        Element tree = XmlParser.parse(golden.xml());
        assertHexEquals(golden.wbxml(), WbxmlDocument.encode(tree));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodingLibwbxmlsBytesGivesTheXmlTree(Golden golden) {
        Element expected = XmlParser.parse(golden.xml());
        assertEquals(expected, WbxmlDocument.decode(golden.wbxml()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void roundTripIsByteExact(Golden golden) {
        byte[] bytes = golden.wbxml();
        assertHexEquals(bytes, WbxmlDocument.encode(WbxmlDocument.decode(bytes)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void renderedXmlParsesBackToTheSameTree(Golden golden) {
        Element tree = WbxmlDocument.decode(golden.wbxml());
        assertEquals(tree, XmlParser.parse(XmlRenderer.render(tree, true)));
        assertEquals(tree, XmlParser.parse(XmlRenderer.render(tree, false)));
    }

    static void assertHexEquals(byte[] expected, byte[] actual) {
        HexFormat hex = HexFormat.ofDelimiter(" ");
        assertEquals(hex.formatHex(expected), hex.formatHex(actual));
        assertArrayEquals(expected, actual);
    }
}
