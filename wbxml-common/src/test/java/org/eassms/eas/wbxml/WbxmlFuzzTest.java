package org.eassms.eas.wbxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property: for any input, the decoder either returns a tree that survives encode/decode unchanged,
 * or throws {@link WbxmlException}; nothing else escapes and nothing hangs. Inputs are mutated
 * goldens (bit flips, interesting bytes, truncation, insertion, splicing) and random bytes behind a
 * valid header. The count and seed can be raised for a longer run: {@code
 * -Dfuzz.iterations=10000000 -Dfuzz.seed=42}.
 */
class WbxmlFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 120_000);
    private static final long SEED = Long.getLong("fuzz.seed", 0x5EED_A5_2026L);
    private static final byte[] INTERESTING = {
        0x00,
        0x01,
        0x02,
        0x03,
        0x04,
        0x40,
        0x43,
        0x44,
        (byte) 0x80,
        (byte) 0x83,
        (byte) 0xC3,
        (byte) 0xC4,
        (byte) 0xFF,
        0x7F,
        0x45,
        0x19,
        0x1A,
        (byte) 0xED,
        (byte) 0xF4,
        (byte) 0xC0
    };
    private static final WbxmlLimits TIGHT = new WbxmlLimits(1 << 16, 12, 4096, 4096);

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void onlyWbxmlExceptionEverEscapes() {
        List<byte[]> seeds = new ArrayList<>();
        for (Golden golden : Golden.all()) {
            if (golden.wbxml().length < 4096) {
                seeds.add(golden.wbxml());
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input =
                    i % 10 == 9
                            ? randomDocument(random)
                            : mutate(seeds.get(random.nextInt(seeds.size())), random);
            WbxmlLimits limits = i % 2 == 0 ? WbxmlLimits.DEFAULT : TIGHT;
            try {
                Element tree = WbxmlDocument.decode(input, limits);
                assertEquals(
                        tree, WbxmlDocument.decode(WbxmlDocument.encode(tree)), () -> hex(input));
                accepted++;
            } catch (WbxmlException expected) {
                rejected++;
            } catch (Throwable t) {
                fail("input " + hex(input) + " threw " + t, t);
            }
        }
        assertEquals(ITERATIONS, accepted + rejected);
        assertTrue(
                accepted > ITERATIONS / 100,
                "mutations too destructive: only " + accepted + " accepted");
        assertTrue(
                rejected > ITERATIONS / 10, "mutations too gentle: only " + rejected + " rejected");
    }

    private static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] b = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            switch (random.nextInt(6)) {
                case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 ->
                        b[random.nextInt(b.length)] =
                                INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                case 3 -> {
                    int at = random.nextInt(b.length + 1);
                    byte[] out = new byte[b.length + 1];
                    System.arraycopy(b, 0, out, 0, at);
                    out[at] = (byte) random.nextInt(256);
                    System.arraycopy(b, at, out, at + 1, b.length - at);
                    b = out;
                }
                case 4 -> {
                    if (b.length > 8) {
                        int from = 4 + random.nextInt(b.length - 4);
                        int len = Math.min(b.length - from, 1 + random.nextInt(16));
                        int to = 4 + random.nextInt(b.length - 4);
                        byte[] out = new byte[b.length + len];
                        System.arraycopy(b, 0, out, 0, to);
                        System.arraycopy(b, from, out, to, len);
                        System.arraycopy(b, to, out, to + len, b.length - to);
                        b = out;
                    }
                }
                default -> {
                    int at = random.nextInt(b.length);
                    b[at] = (byte) random.nextInt(256);
                }
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    private static byte[] randomDocument(SplittableRandom random) {
        byte[] b = new byte[4 + random.nextInt(64)];
        random.nextBytes(b);
        if (random.nextBoolean()) {
            b[0] = 0x03;
            b[1] = 0x01;
            b[2] = 0x6A;
            b[3] = 0x00;
        }
        return b;
    }

    private static String hex(byte[] input) {
        return HexFormat.ofDelimiter(" ").formatHex(input);
    }
}
