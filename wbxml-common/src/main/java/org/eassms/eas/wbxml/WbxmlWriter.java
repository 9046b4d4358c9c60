package org.eassms.eas.wbxml;

import java.util.Arrays;

/**
 * Writes ActiveSync WBXML: the header {@code 03 01 6A 00}, SWITCH_PAGE only when a tag's page
 * differs from the current one, the content flag only on elements that have content, text as STR_I
 * and bytes as OPAQUE. Byte for byte what libwbxml's {@code xml2wbxml -n} writes for the same tree.
 *
 * <p>A start tag is held back until the next call shows whether the element has content, so callers
 * just pair {@link #start(Tag)} with {@link #end()}.
 */
public final class WbxmlWriter {
    private static final int MAX_DEPTH = 1024;

    private byte[] buf;
    private int size;
    private int page;
    private Tag pending;
    private int depth;

    public WbxmlWriter() {
        this(512);
    }

    public WbxmlWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
        buf[0] = GlobalToken.VERSION_1_3;
        buf[1] = GlobalToken.PUBLIC_ID_UNKNOWN;
        buf[2] = GlobalToken.CHARSET_UTF_8;
        buf[3] = 0; // empty string table
        size = 4;
    }

    public WbxmlWriter start(Tag tag) {
        if (depth >= MAX_DEPTH) {
            throw new IllegalStateException("nesting deeper than " + MAX_DEPTH);
        }
        if (pending != null) {
            writeTag(pending, true);
        } else if (depth == 0 && size > 4) {
            throw new IllegalStateException("a document has one root element");
        }
        pending = tag;
        depth++;
        return this;
    }

    public WbxmlWriter end() {
        if (depth == 0) {
            throw new IllegalStateException("end() without an open element");
        }
        if (pending != null) {
            writeTag(pending, false);
            pending = null;
        } else {
            ensure(1);
            buf[size++] = GlobalToken.END;
        }
        depth--;
        return this;
    }

    /** Writes character content; an empty string writes nothing, as libwbxml does. */
    public WbxmlWriter text(String value) {
        requireOpen();
        if (value.isEmpty()) {
            return this;
        }
        flushPending();
        int length = value.length();
        ensure(length * 3 + 2);
        byte[] b = buf;
        int p = size;
        b[p++] = GlobalToken.STR_I;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == 0) {
                    throw new WbxmlException(
                            WbxmlException.Reason.INVALID_DOCUMENT, -1, "NUL in text");
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                // A lone surrogate has no UTF-8 form: write U+FFFD rather than invalid bytes.
                char out = Character.isSurrogate(c) ? '\uFFFD' : c;
                b[p++] = (byte) (0xE0 | (out >> 12));
                b[p++] = (byte) (0x80 | ((out >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (out & 0x3F));
            }
        }
        b[p++] = 0;
        size = p;
        return this;
    }

    public WbxmlWriter opaque(byte[] value) {
        requireOpen();
        flushPending();
        ensure(value.length + 6);
        buf[size++] = (byte) GlobalToken.OPAQUE;
        writeMbUint32(value.length);
        System.arraycopy(value, 0, buf, size, value.length);
        size += value.length;
        return this;
    }

    /** {@code <tag>value</tag>}. */
    public WbxmlWriter element(Tag tag, String value) {
        return start(tag).text(value).end();
    }

    /** {@code <tag>value</tag>} when value is not null. */
    public WbxmlWriter elementIfPresent(Tag tag, Object value) {
        return value == null ? this : element(tag, value.toString());
    }

    /** {@code <tag/>}. */
    public WbxmlWriter empty(Tag tag) {
        return start(tag).end();
    }

    /** The finished document. */
    public byte[] toByteArray() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " element(s) still open");
        }
        if (size == 4) {
            throw new IllegalStateException("no root element");
        }
        return Arrays.copyOf(buf, size);
    }

    private void requireOpen() {
        if (depth == 0) {
            throw new IllegalStateException("content outside the root element");
        }
    }

    private void flushPending() {
        if (pending != null) {
            writeTag(pending, true);
            pending = null;
        }
    }

    private void writeTag(Tag tag, boolean hasContent) {
        ensure(3);
        int id = tag.page().id();
        if (id != page) {
            buf[size++] = GlobalToken.SWITCH_PAGE;
            buf[size++] = (byte) id;
            page = id;
        }
        buf[size++] = (byte) (hasContent ? tag.token() | GlobalToken.TAG_HAS_CONTENT : tag.token());
    }

    private void writeMbUint32(int value) {
        int shift = 28;
        while (shift > 0 && (value >>> shift) == 0) {
            shift -= 7;
        }
        for (; shift > 0; shift -= 7) {
            buf[size++] = (byte) (0x80 | ((value >>> shift) & 0x7F));
        }
        buf[size++] = (byte) (value & 0x7F);
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
