package org.eassms.eas.wbxml.dom;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.Tag;
import org.eassms.eas.wbxml.WbxmlException;

/**
 * Reads ActiveSync XML (as written for libwbxml's {@code xml2wbxml}, or as in the MS-ASMS examples
 * with {@code POOMMAIL:}-style prefixes) into an element tree, so fixtures and tools can be written
 * as XML. Text is trimmed and whitespace-only text dropped, exactly as {@code xml2wbxml} does
 * without {@code -k}; the content of opaque tags is base64. DTDs and external entities are never
 * processed.
 */
public final class XmlParser {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private XmlParser() {}

    public static Element parse(String xml) {
        try {
            XMLStreamReader in = FACTORY.createXMLStreamReader(new StringReader(xml));
            Deque<Element> open = new ArrayDeque<>();
            Deque<StringBuilder> texts = new ArrayDeque<>();
            Element root = null;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Element element = new Element(resolve(in.getNamespaceURI(), in.getLocalName()));
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().add(element);
                    }
                    open.push(element);
                    texts.push(new StringBuilder());
                } else if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA) {
                    if (!texts.isEmpty()) {
                        texts.peek().append(in.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Element element = open.pop();
                    String text = texts.pop().toString().strip();
                    if (!text.isEmpty()) {
                        element.add(
                                element.tag().opaque()
                                        ? new Opaque(Base64.getMimeDecoder().decode(text))
                                        : new Text(text));
                    }
                }
            }
            if (root == null) {
                throw new WbxmlException(
                        WbxmlException.Reason.INVALID_DOCUMENT, -1, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new WbxmlException(WbxmlException.Reason.INVALID_DOCUMENT, -1, e.getMessage());
        }
    }

    private static Tag resolve(String namespace, String name) {
        CodePage page = CodePage.byNamespace(namespace == null ? "" : namespace);
        if (page == null) {
            throw new WbxmlException(
                    WbxmlException.Reason.UNKNOWN_CODE_PAGE, -1, "namespace '" + namespace + "'");
        }
        Tag tag = page.tag(name);
        if (tag == null) {
            throw new WbxmlException(WbxmlException.Reason.UNKNOWN_TAG, -1, namespace + name);
        }
        return tag;
    }
}
