package org.eassms.eas.wbxml.dom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eassms.eas.wbxml.Tag;

/**
 * An element of an ActiveSync document: a tag and its children in order. Mutable while a document
 * is being built; the protocol codecs read it through the typed accessors below.
 *
 * <p>Children are kept in a plain array holding {@link Element}s, {@link Opaque}s and, for text,
 * the bare {@code String}: a decoded Sync response has thousands of leaf elements, and skipping a
 * list and a wrapper per node halves the garbage. {@link #children()} presents them as {@link
 * Node}s.
 */
public final class Element implements Node {
    private static final Object[] NONE = new Object[0];

    private final Tag tag;

    /** (page << 8) | token, so that writing a tree needs no interface calls on the tag. */
    private final int wireCode;

    /**
     * The first child, kept apart so that a leaf such as {@code <To>text</To>} needs no array at
     * all.
     */
    private Object first;

    /** The second and later children. */
    private Object[] rest = NONE;

    private int count;

    public Element(Tag tag) {
        this(tag, (tag.page().id() << 8) | tag.token());
    }

    /** For the decoder, which knows the page and token already. */
    Element(Tag tag, int wireCode) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.wireCode = wireCode;
    }

    public static Element of(Tag tag) {
        return new Element(tag);
    }

    /** An element holding one text child, e.g. {@code <SyncKey>1</SyncKey>}. */
    public static Element text(Tag tag, String value) {
        return new Element(tag).addText(value);
    }

    public Tag tag() {
        return tag;
    }

    int wireCode() {
        return wireCode;
    }

    public Element add(Node child) {
        Objects.requireNonNull(child, "child");
        return append(child instanceof Text t ? t.value() : child);
    }

    /** Adds a text child. */
    public Element addText(String value) {
        return append(Objects.requireNonNull(value, "value"));
    }

    Element append(Object item) {
        if (count == 0) {
            first = item;
        } else {
            int index = count - 1;
            if (index == rest.length) {
                // Not Arrays.copyOf: its reflective array creation shows up in profiles of large
                // documents.
                Object[] grown = new Object[Math.max(4, index * 2)];
                System.arraycopy(rest, 0, grown, 0, index);
                rest = grown;
            }
            rest[index] = item;
        }
        count++;
        return this;
    }

    /** Adds {@code <tag>value</tag>}. */
    public Element add(Tag childTag, String value) {
        return append(text(childTag, value));
    }

    /** Adds {@code <tag>value</tag>} when value is not null. */
    public Element addIfPresent(Tag childTag, Object value) {
        return value == null ? this : add(childTag, value.toString());
    }

    /** Adds {@code <tag>bytes</tag>} with opaque content when bytes is not null. */
    public Element addOpaqueIfPresent(Tag childTag, byte[] bytes) {
        return bytes == null ? this : append(new Element(childTag).append(new Opaque(bytes)));
    }

    /** Adds the empty element {@code <tag/>}. */
    public Element addEmpty(Tag childTag) {
        return append(new Element(childTag));
    }

    int itemCount() {
        return count;
    }

    /** An Element, an Opaque or a String (text). */
    Object item(int index) {
        return index == 0 ? first : rest[index - 1];
    }

    /** The children as nodes, in order (a new list). */
    public List<Node> children() {
        List<Node> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object item = item(i);
            out.add(item instanceof String s ? new Text(s) : (Node) item);
        }
        return out;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Child elements, in order. */
    public List<Element> elements() {
        List<Element> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (item(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Child elements with this tag, in order. */
    public List<Element> elements(Tag childTag) {
        List<Element> out = new ArrayList<>(2);
        for (int i = 0; i < count; i++) {
            if (item(i) instanceof Element e && e.tag == childTag) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element with this tag, or null. */
    public Element child(Tag childTag) {
        for (int i = 0; i < count; i++) {
            if (item(i) instanceof Element e && e.tag == childTag) {
                return e;
            }
        }
        return null;
    }

    public boolean has(Tag childTag) {
        return child(childTag) != null;
    }

    /** The concatenated text content of this element ("" when it has none). */
    public String text() {
        if (count == 1 && first instanceof String s) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (item(i) instanceof String s) {
                sb.append(s);
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
        for (int i = 0; i < count; i++) {
            if (item(i) instanceof Opaque o) {
                return o.value();
            }
        }
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of the first child with this tag, or null. */
    public byte[] bytesOf(Tag childTag) {
        Element child = child(childTag);
        return child == null ? null : child.bytes();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Element other) || tag != other.tag || count != other.count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!item(i).equals(other.item(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = tag.hashCode();
        for (int i = 0; i < count; i++) {
            h = h * 31 + item(i).hashCode();
        }
        return h;
    }

    /** The element as XML, for logs and test failure messages. */
    @Override
    public String toString() {
        return XmlRenderer.render(this, true);
    }
}
