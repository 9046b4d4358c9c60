package org.eassms.eas.wbxml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.Node;
import org.eassms.eas.wbxml.dom.Opaque;
import org.eassms.eas.wbxml.dom.Text;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.eassms.eas.wbxml.dom.XmlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kxml2.wap.WbxmlParser;
import org.xmlpull.v1.XmlPullParser;

/**
 * A second, in-JVM oracle: kxml2's generic WBXML parser, given our tag names, must read our
 * encoder's output into the same events as the fixture's XML describes (and as it reads libwbxml's
 * bytes).
 */
class KxmlCrossCheckTest {

    static List<Golden> fixtures() {
        return Golden.commands();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void kxml2ReadsOurEncodingAsTheXmlSays(Golden golden) throws Exception {
        Element tree = XmlParser.parse(golden.xml());
        List<String> expected = new ArrayList<>();
        events(tree, expected);
        assertEquals(expected, kxmlEvents(golden.wbxml()), "kxml2 on libwbxml's bytes");
        assertEquals(expected, kxmlEvents(WbxmlDocument.encode(tree)), "kxml2 on our bytes");
    }

    static WbxmlParser newParser() {
        WbxmlParser parser = new WbxmlParser();
        for (CodePage page : CodePage.values()) {
            String[] names = new String[GlobalToken.TAG_MASK + 1 - 5];
            for (Tag tag : page.tags()) {
                names[tag.token() - 5] = tag.xmlName();
            }
            parser.setTagTable(page.id(), names);
        }
        return parser;
    }

    private static List<String> kxmlEvents(byte[] wbxml) throws Exception {
        WbxmlParser parser = newParser();
        parser.setInput(new ByteArrayInputStream(wbxml), null);
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int event = parser.nextToken();
                event != XmlPullParser.END_DOCUMENT;
                event = parser.nextToken()) {
            if (event == XmlPullParser.TEXT) {
                text.append(parser.getText());
                continue;
            }
            if (text.length() > 0) {
                events.add("text:" + text);
                text.setLength(0);
            }
            if (event == XmlPullParser.START_TAG) {
                events.add("<" + parser.getName());
            } else if (event == XmlPullParser.END_TAG) {
                events.add(">" + parser.getName());
            } else if (event == WbxmlParser.WAP_EXTENSION
                    && parser.getWapCode() == GlobalToken.OPAQUE) {
                events.add(
                        "opaque:"
                                + Base64.getEncoder()
                                        .encodeToString((byte[]) parser.getWapExtensionData()));
            }
        }
        return events;
    }

    private static void events(Element element, List<String> out) {
        out.add("<" + element.tag().xmlName());
        for (Node child : element.children()) {
            if (child instanceof Element e) {
                events(e, out);
            } else if (child instanceof Text t) {
                out.add("text:" + t.value());
            } else if (child instanceof Opaque o) {
                out.add("opaque:" + Base64.getEncoder().encodeToString(o.value()));
            }
        }
        out.add(">" + element.tag().xmlName());
    }
}
