package org.eassms.eas.sync.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Damages valid input the ways a broken client, a proxy or an attacker would: flipped and replaced
 * bytes, cuts, repeated slices, WBXML's own control tokens where they do not belong, and bytes that
 * are not UTF-8. Seeded, so a failure can be replayed.
 */
final class Mutations {
    /** WBXML global tokens: SWITCH_PAGE, END, STR_I, OPAQUE, and a few tag bytes with content. */
    private static final byte[] TOKENS = {0x00, 0x01, 0x03, (byte) 0xC3, 0x45, 0x7F, (byte) 0xFF};

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    byte[] damage(byte[] valid) {
        byte[] bytes = valid.clone();
        int times = 1 + random.nextInt(4);
        for (int i = 0; i < times; i++) {
            bytes = once(bytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes) {
        if (bytes.length == 0) {
            return randomBytes(1 + random.nextInt(64));
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(7)) {
            case 0 -> flip(bytes, at);
            case 1 -> Arrays.copyOf(bytes, at);
            case 2 -> insert(bytes, at, new byte[] {TOKENS[random.nextInt(TOKENS.length)]});
            case 3 -> insert(bytes, at, Arrays.copyOfRange(bytes, at, bytes.length));
            case 4 -> insert(bytes, at, hugeLength());
            case 5 -> replace(bytes, at, (byte) random.nextInt(256));
            default -> insert(bytes, at, randomBytes(1 + random.nextInt(16)));
        };
    }

    /** Text with a damaged character: control characters, lone surrogates, long runs. */
    String damage(String valid) {
        StringBuilder text = new StringBuilder(valid);
        int at = valid.isEmpty() ? 0 : random.nextInt(valid.length() + 1);
        switch (random.nextInt(6)) {
            case 0 -> text.insert(at, (char) random.nextInt(0x20));
            case 1 -> text.insert(at, '\uD800');
            case 2 -> text.insert(at, "x".repeat(100 + random.nextInt(2000)));
            case 3 -> text.setLength(at);
            case 4 -> text.insert(at, new String(randomBytes(8), StandardCharsets.ISO_8859_1));
            default -> text.insert(at, "%" + Integer.toHexString(random.nextInt(256)));
        }
        return text.toString();
    }

    byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private byte[] flip(byte[] bytes, int at) {
        bytes[at] ^= (byte) (1 << random.nextInt(8));
        return bytes;
    }

    private static byte[] replace(byte[] bytes, int at, byte value) {
        bytes[at] = value;
        return bytes;
    }

    /** A multi-byte integer (an OPAQUE length, a string table offset) far beyond the buffer. */
    private static byte[] hugeLength() {
        return new byte[] {(byte) 0x8F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};
    }

    private static byte[] insert(byte[] bytes, int at, byte[] more) {
        byte[] out = new byte[bytes.length + more.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(more, 0, out, at, more.length);
        System.arraycopy(bytes, at, out, at + more.length, bytes.length - at);
        return out;
    }
}
