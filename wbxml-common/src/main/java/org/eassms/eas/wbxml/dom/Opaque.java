package org.eassms.eas.wbxml.dom;

import java.util.Arrays;
import java.util.HexFormat;
import org.eassms.eas.wbxml.WbxmlWriter;

/**
 * Binary content of an element (a WBXML OPAQUE), e.g. Email2 ConversationId. Holds its own copy of
 * the bytes.
 */
public final class Opaque implements Node {
    private final byte[] value;

    public Opaque(byte[] value) {
        this.value = value.clone();
    }

    /**
     * Wraps bytes the caller hands over and never modifies again (the reader's freshly copied
     * slices).
     */
    static Opaque adopt(byte[] value) {
        return new Opaque(value, true);
    }

    private Opaque(byte[] value, boolean adopted) {
        this.value = value;
    }

    /** A copy of the bytes. */
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    void writeTo(WbxmlWriter writer) {
        writer.opaque(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Opaque other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Opaque[" + HexFormat.of().formatHex(value) + "]";
    }
}
