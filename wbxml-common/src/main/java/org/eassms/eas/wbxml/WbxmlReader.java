package org.eassms.eas.wbxml;

import static org.eassms.eas.wbxml.WbxmlException.Reason.ATTRIBUTES_NOT_ALLOWED;
import static org.eassms.eas.wbxml.WbxmlException.Reason.BAD_HEADER;
import static org.eassms.eas.wbxml.WbxmlException.Reason.BAD_MB_UINT32;
import static org.eassms.eas.wbxml.WbxmlException.Reason.INVALID_DOCUMENT;
import static org.eassms.eas.wbxml.WbxmlException.Reason.LENGTH_PAST_END;
import static org.eassms.eas.wbxml.WbxmlException.Reason.STRING_TABLE_NOT_ALLOWED;
import static org.eassms.eas.wbxml.WbxmlException.Reason.TOO_DEEP;
import static org.eassms.eas.wbxml.WbxmlException.Reason.TOO_LARGE;
import static org.eassms.eas.wbxml.WbxmlException.Reason.TRAILING_DATA;
import static org.eassms.eas.wbxml.WbxmlException.Reason.TRUNCATED;
import static org.eassms.eas.wbxml.WbxmlException.Reason.UNBALANCED;
import static org.eassms.eas.wbxml.WbxmlException.Reason.UNKNOWN_CODE_PAGE;
import static org.eassms.eas.wbxml.WbxmlException.Reason.UNKNOWN_TAG;
import static org.eassms.eas.wbxml.WbxmlException.Reason.UNSUPPORTED_TOKEN;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict pull reader of ActiveSync WBXML: WBXML 1.3, public id 1, UTF-8, no string table, no
 * attributes, one root element, tags only from the MS-ASWBXML code pages. Everything else is
 * rejected with a {@link WbxmlException} carrying the byte offset; no other exception escapes, and
 * no allocation exceeds the bytes that remain.
 *
 * <p>An element without the content flag is reported as {@link Event#START_TAG} immediately
 * followed by {@link Event#END_TAG}, so consumers see one shape for {@code <GetChanges/>} and
 * {@code <GetChanges></GetChanges>}.
 */
public final class WbxmlReader {

    /** What {@link #next()} found. */
    public enum Event {
        START_TAG,
        END_TAG,
        TEXT,
        OPAQUE,
        END_DOCUMENT
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] buf;
    private final int start;
    private final int end;
    private final WbxmlLimits limits;
    private final Tag[] stack;
    private final int[] codes;

    private int pos;
    private int depth;
    private Tag[] tokenTable;
    private int pageId;
    private boolean pendingEnd;
    private boolean rootClosed;
    private boolean rootSeen;

    private int eventOffset;
    private Tag tag;
    private int wireCode;
    private String text;
    private byte[] opaque;

    public WbxmlReader(byte[] document) {
        this(document, 0, document.length, WbxmlLimits.DEFAULT);
    }

    public WbxmlReader(byte[] document, WbxmlLimits limits) {
        this(document, 0, document.length, limits);
    }

    public WbxmlReader(byte[] buf, int offset, int length, WbxmlLimits limits) {
        if (offset < 0 || length < 0 || offset > buf.length - length) {
            throw new IllegalArgumentException("bad slice");
        }
        if (length > limits.maxDocumentBytes()) {
            throw new WbxmlException(
                    TOO_LARGE, 0, length + " bytes, limit " + limits.maxDocumentBytes());
        }
        this.buf = buf;
        this.start = offset;
        this.end = offset + length;
        this.pos = offset;
        this.limits = limits;
        this.stack = new Tag[Math.min(limits.maxDepth(), 1024)];
        this.codes = new int[stack.length];
        this.tokenTable = CodePage.AIR_SYNC.tokenTable();
        readHeader();
    }

    private void readHeader() {
        int version = readByte();
        if (version != GlobalToken.VERSION_1_3) {
            throw error(
                    BAD_HEADER,
                    pos - 1,
                    "WBXML version byte 0x" + Integer.toHexString(version) + ", want 0x03");
        }
        long publicId = readMbUint32();
        if (publicId == 0) {
            throw error(
                    STRING_TABLE_NOT_ALLOWED, pos, "public id given as a string table reference");
        }
        if (publicId != GlobalToken.PUBLIC_ID_UNKNOWN) {
            throw error(BAD_HEADER, pos - 1, "public id " + publicId + ", ActiveSync sends 1");
        }
        long charset = readMbUint32();
        if (charset != GlobalToken.CHARSET_UTF_8) {
            throw error(
                    BAD_HEADER, pos - 1, "charset " + charset + ", ActiveSync sends UTF-8 (106)");
        }
        long stringTableLength = readMbUint32();
        if (stringTableLength != 0) {
            throw error(
                    STRING_TABLE_NOT_ALLOWED,
                    pos - 1,
                    "string table of " + stringTableLength + " bytes");
        }
    }

    /** Advances to the next event. After {@link Event#END_DOCUMENT} every call returns it again. */
    public Event next() {
        text = null;
        opaque = null;
        if (pendingEnd) {
            pendingEnd = false;
            return closeElement();
        }
        while (true) {
            if (pos >= end) {
                if (depth > 0 || !rootSeen) {
                    throw error(
                            TRUNCATED,
                            pos,
                            rootSeen ? depth + " element(s) left open" : "no root element");
                }
                eventOffset = pos;
                return Event.END_DOCUMENT;
            }
            if (rootClosed) {
                throw error(TRAILING_DATA, pos, (end - pos) + " byte(s) after the root element");
            }
            eventOffset = pos;
            int b = buf[pos++] & 0xFF;
            switch (b) {
                case GlobalToken.SWITCH_PAGE -> switchPage();
                case GlobalToken.END -> {
                    if (depth == 0) {
                        throw error(UNBALANCED, eventOffset, "END with no open element");
                    }
                    return closeElement();
                }
                case GlobalToken.STR_I -> {
                    requireOpenElement("inline string");
                    text = readInlineString();
                    return Event.TEXT;
                }
                case GlobalToken.OPAQUE -> {
                    requireOpenElement("opaque data");
                    opaque = readOpaque();
                    return Event.OPAQUE;
                }
                case GlobalToken.STR_T,
                        GlobalToken.LITERAL,
                        GlobalToken.LITERAL_A,
                        GlobalToken.LITERAL_C,
                        GlobalToken.LITERAL_AC ->
                        throw error(
                                STRING_TABLE_NOT_ALLOWED,
                                eventOffset,
                                "token 0x" + Integer.toHexString(b));
                case GlobalToken.ENTITY,
                        GlobalToken.PI,
                        GlobalToken.EXT_0,
                        GlobalToken.EXT_1,
                        GlobalToken.EXT_2,
                        GlobalToken.EXT_I_0,
                        GlobalToken.EXT_I_1,
                        GlobalToken.EXT_I_2,
                        GlobalToken.EXT_T_0,
                        GlobalToken.EXT_T_1,
                        GlobalToken.EXT_T_2 ->
                        throw error(
                                UNSUPPORTED_TOKEN,
                                eventOffset,
                                "token 0x" + Integer.toHexString(b));
                default -> {
                    return openElement(b);
                }
            }
        }
    }

    private Event openElement(int b) {
        if ((b & GlobalToken.TAG_HAS_ATTRIBUTES) != 0) {
            throw error(
                    ATTRIBUTES_NOT_ALLOWED, eventOffset, "tag byte 0x" + Integer.toHexString(b));
        }
        Tag t = tokenTable[b & GlobalToken.TAG_MASK];
        if (t == null) {
            throw error(
                    UNKNOWN_TAG,
                    eventOffset,
                    "token 0x"
                            + Integer.toHexString(b & GlobalToken.TAG_MASK)
                            + " is not defined in the current code page");
        }
        if (depth >= stack.length) {
            throw error(TOO_DEEP, eventOffset, "nesting deeper than " + stack.length);
        }
        wireCode = (pageId << 8) | (b & GlobalToken.TAG_MASK);
        stack[depth] = t;
        codes[depth++] = wireCode;
        rootSeen = true;
        tag = t;
        pendingEnd = (b & GlobalToken.TAG_HAS_CONTENT) == 0;
        return Event.START_TAG;
    }

    private Event closeElement() {
        tag = stack[--depth];
        wireCode = codes[depth];
        stack[depth] = null;
        if (depth == 0) {
            rootClosed = true;
        }
        return Event.END_TAG;
    }

    private void switchPage() {
        int id = readByte();
        CodePage page = CodePage.byId(id);
        if (page == null) {
            throw error(UNKNOWN_CODE_PAGE, pos - 1, "code page " + id);
        }
        tokenTable = page.tokenTable();
        pageId = id;
    }

    private void requireOpenElement(String what) {
        if (depth == 0) {
            throw error(INVALID_DOCUMENT, eventOffset, what + " outside the root element");
        }
    }

    private String readInlineString() {
        int from = pos;
        int scanEnd = (int) Math.min(end, (long) from + limits.maxStringBytes() + 1);
        // Find the terminating NUL and note any byte >= 0x80, eight bytes at a time.
        int i = from;
        long high = 0;
        boolean found = false;
        while (i + 8 <= scanEnd) {
            long w = (long) LONGS.get(buf, i);
            long zero = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L;
            if (zero != 0) {
                int k =
                        Long.numberOfTrailingZeros(zero)
                                >>> 3; // the lowest flagged byte is a real NUL
                high |= w & (k == 0 ? 0 : -1L >>> (64 - 8 * k)) & 0x8080808080808080L;
                i += k;
                found = true;
                break;
            }
            high |= w & 0x8080808080808080L;
            i += 8;
        }
        int sign = high == 0 ? 0 : -1;
        if (!found) {
            while (i < scanEnd) {
                byte c = buf[i];
                if (c == 0) {
                    break;
                }
                sign |= c;
                i++;
            }
        }
        if (i >= scanEnd) {
            if (scanEnd == end) {
                throw error(TRUNCATED, from, "inline string without its terminating NUL");
            }
            throw error(
                    TOO_LARGE, from, "inline string over " + limits.maxStringBytes() + " bytes");
        }
        pos = i + 1;
        if (sign >= 0) {
            // All ASCII: Latin-1 decoding is a straight copy into a compact string.
            return new String(buf, from, i - from, StandardCharsets.ISO_8859_1);
        }
        // The JDK's decoder is intrinsic but lenient: it turns malformed input into U+FFFD. Only
        // when a U+FFFD
        // appears (malformed input, or a genuine U+FFFD) is the strict validator run to tell which.
        String decoded = new String(buf, from, i - from, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') >= 0) {
            int bad = Utf8.firstInvalid(buf, from, i);
            if (bad >= 0) {
                throw error(WbxmlException.Reason.INVALID_UTF8, bad, "malformed UTF-8 sequence");
            }
        }
        return decoded;
    }

    private byte[] readOpaque() {
        int lengthAt = pos;
        long length = readMbUint32();
        if (length > end - pos) {
            throw error(
                    LENGTH_PAST_END,
                    lengthAt,
                    "opaque length " + length + " but " + (end - pos) + " byte(s) remain");
        }
        if (length > limits.maxOpaqueBytes()) {
            throw error(
                    TOO_LARGE,
                    lengthAt,
                    "opaque length " + length + ", limit " + limits.maxOpaqueBytes());
        }
        int from = pos;
        pos += (int) length;
        return Arrays.copyOfRange(buf, from, pos);
    }

    private int readByte() {
        if (pos >= end) {
            throw error(TRUNCATED, pos, "document ends early");
        }
        return buf[pos++] & 0xFF;
    }

    /**
     * A WBXML multi-byte unsigned integer: at most 5 bytes, 7 bits each, and the value must fit in
     * 32 bits.
     */
    private long readMbUint32() {
        int from = pos;
        long value = 0;
        for (int n = 0; n < 5; n++) {
            int b = readByte();
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (value > 0xFFFF_FFFFL) {
                    throw error(BAD_MB_UINT32, from, "value exceeds 32 bits");
                }
                return value;
            }
        }
        throw error(BAD_MB_UINT32, from, "multi-byte integer longer than 5 bytes");
    }

    private WbxmlException error(WbxmlException.Reason reason, int at, String detail) {
        return new WbxmlException(reason, at - start, detail);
    }

    /** The tag of the current START_TAG or END_TAG event. */
    public Tag tag() {
        return tag;
    }

    /** {@code (page << 8) | token} of the current START_TAG or END_TAG, without asking the tag. */
    public int wireCode() {
        return wireCode;
    }

    /** The string of the current TEXT event. */
    public String text() {
        return text;
    }

    /** The bytes of the current OPAQUE event; a fresh array the caller may keep. */
    public byte[] opaque() {
        return opaque;
    }

    /** Element nesting depth after the current event. */
    public int depth() {
        return depth;
    }

    /** Byte offset of the current event from the start of the document. */
    public int offset() {
        return eventOffset - start;
    }
}
