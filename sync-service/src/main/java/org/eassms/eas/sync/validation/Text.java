package org.eassms.eas.sync.validation;

/**
 * Checks on text a client sends before it is stored: PostgreSQL refuses a NUL in text and cannot
 * store half of a UTF-16 surrogate pair, and either would surface as a server error.
 */
public final class Text {
    private Text() {}

    /** No NUL and no unpaired surrogate (line breaks and tabs are fine in a message body). */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A client's text as it may appear in a log line: control characters (a forged line break)
     * replaced.
     */
    public static String forLog(String text) {
        return text == null ? null : text.replaceAll("\\p{Cntrl}", "?");
    }

    /** Storable, and no control character at all (names, addresses, identifiers). */
    public static boolean singleLine(String text) {
        return storable(text) && text.chars().noneMatch(Character::isISOControl);
    }
}
