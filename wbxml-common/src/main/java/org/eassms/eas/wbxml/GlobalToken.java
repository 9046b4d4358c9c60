package org.eassms.eas.wbxml;

/**
 * The WBXML 1.3 global tokens (WAP-192-WBXML section 7.1). ActiveSync uses only {@link
 * #SWITCH_PAGE}, {@link #END}, {@link #STR_I} and {@link #OPAQUE}; the others are named so that the
 * decoder can reject them with a precise reason.
 */
public final class GlobalToken {
    public static final int SWITCH_PAGE = 0x00;
    public static final int END = 0x01;
    public static final int ENTITY = 0x02;
    public static final int STR_I = 0x03;
    public static final int LITERAL = 0x04;
    public static final int EXT_I_0 = 0x40;
    public static final int EXT_I_1 = 0x41;
    public static final int EXT_I_2 = 0x42;
    public static final int PI = 0x43;
    public static final int LITERAL_C = 0x44;
    public static final int EXT_T_0 = 0x80;
    public static final int EXT_T_1 = 0x81;
    public static final int EXT_T_2 = 0x82;
    public static final int STR_T = 0x83;
    public static final int LITERAL_A = 0x84;
    public static final int EXT_0 = 0xC0;
    public static final int EXT_1 = 0xC1;
    public static final int EXT_2 = 0xC2;
    public static final int OPAQUE = 0xC3;
    public static final int LITERAL_AC = 0xC4;

    /** Bit 7 of a tag byte: the tag has attributes. ActiveSync never sends any. */
    public static final int TAG_HAS_ATTRIBUTES = 0x80;

    /** Bit 6 of a tag byte: the tag has content and is closed by {@link #END}. */
    public static final int TAG_HAS_CONTENT = 0x40;

    /** Low six bits of a tag byte: the tag's identity within its code page. */
    public static final int TAG_MASK = 0x3F;

    /** WBXML version 1.3. */
    public static final int VERSION_1_3 = 0x03;

    /** Public identifier 1: "unknown or missing". ActiveSync always sends it. */
    public static final int PUBLIC_ID_UNKNOWN = 0x01;

    /** IANA MIBenum of UTF-8. */
    public static final int CHARSET_UTF_8 = 0x6A;

    private GlobalToken() {}
}
