package org.eassms.eas.wbxml.dom;

import java.util.Base64;
import org.eassms.eas.wbxml.CodePage;

/**
 * Renders an element tree as XML in the form libwbxml's {@code wbxml2xml} writes: a default
 * namespace declared on the root and again on each element whose code page differs from its
 * parent's; opaque content as base64.
 */
public final class XmlRenderer {
    private XmlRenderer() {}

    public static String render(Element root, boolean pretty) {
        StringBuilder sb = new StringBuilder(256);
        render(root, null, pretty, 0, sb);
        return sb.toString();
    }

    private static void render(
            Element e, CodePage parentPage, boolean pretty, int level, StringBuilder sb) {
        if (pretty) {
            sb.append("  ".repeat(level));
        }
        CodePage page = e.tag().page();
        sb.append('<').append(e.tag().xmlName());
        if (page != parentPage) {
            sb.append(" xmlns=\"").append(page.xmlNamespace()).append('"');
        }
        if (e.isEmpty()) {
            sb.append("/>");
        } else if (e.elements().isEmpty()) {
            sb.append('>');
            appendContent(e, sb);
            sb.append("</").append(e.tag().xmlName()).append('>');
        } else {
            sb.append('>');
            for (Node child : e.children()) {
                if (child instanceof Element c) {
                    if (pretty) {
                        sb.append('\n');
                    }
                    render(c, page, pretty, level + 1, sb);
                } else {
                    appendNode(child, sb);
                }
            }
            if (pretty) {
                sb.append('\n').append("  ".repeat(level));
            }
            sb.append("</").append(e.tag().xmlName()).append('>');
        }
    }

    private static void appendContent(Element e, StringBuilder sb) {
        for (Node child : e.children()) {
            appendNode(child, sb);
        }
    }

    private static void appendNode(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            escape(t.value(), sb);
        } else if (node instanceof Opaque o) {
            sb.append(Base64.getEncoder().encodeToString(o.value()));
        }
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
