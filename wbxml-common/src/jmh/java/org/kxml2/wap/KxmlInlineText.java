package org.kxml2.wap;

import java.io.IOException;

/**
 * Lets the benchmark write text with kxml2 the way ActiveSync needs it, as inline strings (STR_I): kxml2's public
 * {@code text()} puts every string in a string table, which no ActiveSync peer accepts. Lives in kxml2's package only
 * to reach its package-private inline-string writer.
 */
public final class KxmlInlineText {
    private KxmlInlineText() {}

    public static void text(WbxmlSerializer serializer, String text) throws IOException {
        serializer.checkPending(false);
        serializer.buf.write(Wbxml.STR_I);
        serializer.writeStrI(serializer.buf, text);
    }
}
