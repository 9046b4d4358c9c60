package org.eassms.eas.wbxml.dom;

import org.eassms.eas.wbxml.WbxmlException;
import org.eassms.eas.wbxml.WbxmlLimits;
import org.eassms.eas.wbxml.WbxmlReader;
import org.eassms.eas.wbxml.WbxmlWriter;

/** Whole documents: WBXML bytes to an {@link Element} tree and back. */
public final class WbxmlDocument {
    private WbxmlDocument() {}

    public static Element decode(byte[] wbxml) {
        return decode(wbxml, WbxmlLimits.DEFAULT);
    }

    /**
     * Decodes a document; throws {@link WbxmlException} on anything that is not strict ActiveSync
     * WBXML.
     */
    public static Element decode(byte[] wbxml, WbxmlLimits limits) {
        WbxmlReader reader = new WbxmlReader(wbxml, limits);
        Element[] open = new Element[Math.min(limits.maxDepth(), 1024)];
        int depth = 0;
        Element root = null;
        while (true) {
            switch (reader.next()) {
                case START_TAG -> {
                    Element element = new Element(reader.tag());
                    if (depth == 0) {
                        root = element;
                    } else {
                        open[depth - 1].add(element);
                    }
                    open[depth++] = element;
                }
                case END_TAG -> open[--depth] = null;
                case TEXT -> {
                    // An empty STR_I carries nothing; dropping it keeps decode(encode(tree)) ==
                    // tree.
                    if (!reader.text().isEmpty()) {
                        open[depth - 1].add(new Text(reader.text()));
                    }
                }
                case OPAQUE -> open[depth - 1].add(Opaque.adopt(reader.opaque()));
                case END_DOCUMENT -> {
                    return root;
                }
            }
        }
    }

    public static byte[] encode(Element root) {
        WbxmlWriter writer = new WbxmlWriter(1024);
        write(root, writer);
        return writer.toByteArray();
    }

    /**
     * Writes the element and its subtree; usable to embed a tree inside a document being streamed.
     */
    public static void write(Element element, WbxmlWriter writer) {
        writer.start(element.tag());
        for (Node child : element.children()) {
            if (child instanceof Element e) {
                write(e, writer);
            } else if (child instanceof Text t) {
                writer.text(t.value());
            } else if (child instanceof Opaque o) {
                o.writeTo(writer);
            }
        }
        writer.end();
    }
}
