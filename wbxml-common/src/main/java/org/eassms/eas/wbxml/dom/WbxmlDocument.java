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
                    Element element = new Element(reader.tag(), reader.wireCode());
                    if (depth == 0) {
                        root = element;
                    } else {
                        open[depth - 1].append(element);
                    }
                    open[depth++] = element;
                }
                case END_TAG -> open[--depth] = null;
                case TEXT -> {
                    // An empty STR_I carries nothing; dropping it keeps decode(encode(tree)) ==
                    // tree.
                    if (!reader.text().isEmpty()) {
                        open[depth - 1].append(reader.text());
                    }
                }
                case OPAQUE -> open[depth - 1].append(Opaque.adopt(reader.opaque()));
                case END_DOCUMENT -> {
                    return root;
                }
            }
        }
    }

    public static byte[] encode(Element root) {
        WbxmlWriter writer = WbxmlWriter.pooled();
        try {
            write(root, writer);
            return writer.toByteArray();
        } finally {
            writer.release();
        }
    }

    /**
     * Writes the element and its subtree; usable to embed a tree inside a document being streamed.
     */
    public static void write(Element element, WbxmlWriter writer) {
        writer.start(element.tag(), element.wireCode());
        for (int i = 0, n = element.itemCount(); i < n; i++) {
            Object item = element.item(i);
            if (item instanceof Element e) {
                write(e, writer);
            } else if (item instanceof String s) {
                writer.text(s);
            } else {
                ((Opaque) item).writeTo(writer);
            }
        }
        writer.end();
    }
}
