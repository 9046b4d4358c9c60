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

    /**
     * Largest buffer a thread keeps between documents; bigger ones are left to the garbage
     * collector.
     */
    private static final int MAX_POOLED_BYTES = 256 * 1024;

    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();

    private byte[] buf;
    private int size;
    private int page;

    /** (page << 8) | token of a start tag not yet written, or -1. */
    private int pending = -1;

    private int depth;
    private char[] chars = new char[256];

    public WbxmlWriter() {
        this(512);
    }

    public WbxmlWriter(int initialCapacity) {
        this(new byte[Math.max(16, initialCapacity)]);
    }

    private WbxmlWriter(byte[] buffer) {
        buf = buffer;
        buf[0] = GlobalToken.VERSION_1_3;
        buf[1] = GlobalToken.PUBLIC_ID_UNKNOWN;
        buf[2] = GlobalToken.CHARSET_UTF_8;
        buf[3] = 0; // empty string table
        size = 4;
    }

    /**
     * A writer on this thread's scratch buffer, so that encoding a document costs one allocation
     * (the result) once the buffer has grown to the usual document size. Call {@link #release()}
     * when done, after {@link #toByteArray()}.
     */
    public static WbxmlWriter pooled() {
        byte[] scratch = SCRATCH.get();
        if (scratch == null) {
            return new WbxmlWriter(4096);
        }
        SCRATCH.set(null); // a nested pooled() call gets its own buffer
        return new WbxmlWriter(scratch);
    }

    /** Hands the buffer back to this thread's pool; the writer must not be used afterwards. */
    public void release() {
        if (buf.length <= MAX_POOLED_BYTES) {
            SCRATCH.set(buf);
        }
        buf = null;
    }

    public WbxmlWriter start(Tag tag) {
        return start(tag, (tag.page().id() << 8) | tag.token());
    }

    /**
     * {@link #start(Tag)} with the tag's {@code (page << 8) | token} already known (the DOM caches
     * it).
     */
    public WbxmlWriter start(Tag tag, int wireCode) {
        if (depth >= MAX_DEPTH) {
            throw new IllegalStateException("nesting deeper than " + MAX_DEPTH);
        }
        if (pending >= 0) {
            writeTag(pending, true);
        } else if (depth == 0 && size > 4) {
            throw new IllegalStateException("a document has one root element");
        }
        pending = wireCode;
        depth++;
        return this;
    }

    public WbxmlWriter end() {
        if (depth == 0) {
            throw new IllegalStateException("end() without an open element");
        }
        if (pending >= 0) {
            writeTag(pending, false);
            pending = -1;
        } else {
            ensure(1);
            buf[size++] = GlobalToken.END;
        }
        depth--;
        return this;
    }

    /**
     * Writes character content; an empty string writes nothing, as libwbxml does. A NUL cannot
     * travel in a STR_I and is refused; a lone surrogate has no UTF-8 form and is written as
     * U+FFFD.
     */
    public WbxmlWriter text(String value) {
        requireOpen();
        int length = value.length();
        if (length == 0) {
            return this;
        }
        flushPending();
        // getChars is an intrinsic bulk copy; encoding from a char[] then costs no per-char String
        // checks.
        char[] chars = charScratch(length);
        value.getChars(0, length, chars, 0);
        ensure(length * 3 + 2);
        byte[] b = buf;
        int p = size;
        b[p++] = GlobalToken.STR_I;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if ((char) (c - 1)
                    < 0x7F) { // 0x01..0x7F, the common case, in one (unsigned) comparison
                b[p++] = (byte) c;
            } else if (c == 0) {
                throw new WbxmlException(WbxmlException.Reason.INVALID_DOCUMENT, -1, "NUL in text");
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < length
                    && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
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

    private char[] charScratch(int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        return chars;
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
        if (pending >= 0) {
            writeTag(pending, true);
            pending = -1;
        }
    }

    private void writeTag(int wireCode, boolean hasContent) {
        ensure(3);
        int id = wireCode >>> 8;
        if (id != page) {
            buf[size++] = GlobalToken.SWITCH_PAGE;
            buf[size++] = (byte) id;
            page = id;
        }
        int token = wireCode & GlobalToken.TAG_MASK;
        buf[size++] = (byte) (hasContent ? token | GlobalToken.TAG_HAS_CONTENT : token);
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
