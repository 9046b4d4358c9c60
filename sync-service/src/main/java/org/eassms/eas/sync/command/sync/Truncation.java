package org.eassms.eas.sync.command.sync;

import java.nio.charset.StandardCharsets;

/** Cuts text to at most N bytes of UTF-8 without splitting a character. */
final class Truncation {
    private Truncation() {}

    static String toUtf8Bytes(String text, long maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + width > maxBytes) {
                break;
            }
            bytes += width;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }
}
