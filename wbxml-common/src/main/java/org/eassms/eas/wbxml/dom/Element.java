package org.eassms.eas.wbxml.dom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eassms.eas.wbxml.Tag;

/**
 * An element of an ActiveSync document: a tag and its children in order. Mutable while a document
 * is being built; the protocol codecs read it through the typed accessors below.
 */
public final class Element implements Node {
    private final Tag tag;
    private List<Node> children;

    public Element(Tag tag) {
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    public static Element of(Tag tag) {
        return new Element(tag);
    }

    /** An element holding one text child, e.g. {@code <SyncKey>1</SyncKey>}. */
    public static Element text(Tag tag, String value) {
        return new Element(tag).add(new Text(value));
    }

    public Tag tag() {
        return tag;
    }

    public Element add(Node child) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(Objects.requireNonNull(child, "child"));
        return this;
    }

    /** Adds {@code <tag>value</tag>}. */
    public Element add(Tag childTag, String value) {
        return add(text(childTag, value));
    }

    /** Adds {@code <tag>value</tag>} when value is not null. */
    public Element addIfPresent(Tag childTag, Object value) {
        return value == null ? this : add(childTag, value.toString());
    }

    /** Adds {@code <tag>bytes</tag>} with opaque content when bytes is not null. */
    public Element addOpaqueIfPresent(Tag childTag, byte[] bytes) {
        return bytes == null ? this : add(new Element(childTag).add(new Opaque(bytes)));
    }

    /** Adds the empty element {@code <tag/>}. */
    public Element addEmpty(Tag childTag) {
        return add(new Element(childTag));
    }

    public List<Node> children() {
        return children == null ? List.of() : Collections.unmodifiableList(children);
    }

    public boolean isEmpty() {
        return children == null || children.isEmpty();
    }

    /** Child elements, in order. */
    public List<Element> elements() {
        if (children == null) {
            return List.of();
        }
        List<Element> out = new ArrayList<>(children.size());
        for (Node node : children) {
            if (node instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Child elements with this tag, in order. */
    public List<Element> elements(Tag childTag) {
        if (children == null) {
            return List.of();
        }
        List<Element> out = new ArrayList<>(2);
        for (Node node : children) {
            if (node instanceof Element e && e.tag == childTag) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element with this tag, or null. */
    public Element child(Tag childTag) {
        if (children != null) {
            for (Node node : children) {
                if (node instanceof Element e && e.tag == childTag) {
                    return e;
                }
            }
        }
        return null;
    }

    public boolean has(Tag childTag) {
        return child(childTag) != null;
    }

    /** The concatenated text content of this element ("" when it has none). */
    public String text() {
        if (children == null) {
            return "";
        }
        if (children.size() == 1 && children.get(0) instanceof Text t) {
            return t.value();
        }
        StringBuilder sb = new StringBuilder();
        for (Node node : children) {
            if (node instanceof Text t) {
                sb.append(t.value());
            }
        }
        return sb.toString();
    }

    /** The text of the first child with this tag, or null when there is no such child. */
    public String textOf(Tag childTag) {
        Element child = child(childTag);
        return child == null ? null : child.text();
    }

    /**
     * The opaque content of this element, or its text as UTF-8 bytes when a peer sent it as a
     * string.
     */
    public byte[] bytes() {
        if (children != null) {
            for (Node node : children) {
                if (node instanceof Opaque o) {
                    return o.value();
                }
            }
        }
        return text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bytes of the first child with this tag, or null. */
    public byte[] bytesOf(Tag childTag) {
        Element child = child(childTag);
        return child == null ? null : child.bytes();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Element other
                && tag == other.tag
                && children().equals(other.children());
    }

    @Override
    public int hashCode() {
        return tag.hashCode() * 31 + children().hashCode();
    }

    /** The element as XML, for logs and test failure messages. */
    @Override
    public String toString() {
        return XmlRenderer.render(this, true);
    }
}
