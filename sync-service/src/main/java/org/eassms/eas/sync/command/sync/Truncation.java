package org.eassms.eas.sync.command.sync;

/**
 * Sizes and cuts text in UTF-8 bytes, the unit this server uses for EstimatedDataSize and
 * TruncationSize (MS-ASAIRS 2.2.2.40.2), without encoding it and without splitting a character.
 */
final class Truncation {
    private Truncation() {}

    /** The length of the text in UTF-8; an unpaired surrogate counts as the '?' it encodes to. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            bytes += width(cp);
            i += Character.charCount(cp);
        }
        return bytes;
    }

    /** The longest prefix of the text that fits in {@code maxBytes} of UTF-8. */
    static String toUtf8Bytes(String text, long maxBytes) {
        long bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = width(cp);
            if (bytes + width > maxBytes) {
                break;
            }
            bytes += width;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    private static int width(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return 1; // unpaired: encoded as '?'
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
