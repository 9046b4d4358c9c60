package org.eassms.eas.sync.command.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-8 sizes and cuts, checked against the JDK's own encoder on random text. */
class TruncationTest {
    private static final int[] SAMPLES = {'a', 'é', 'ß', '€', '中', 0x1F600, 0x1F44B, 0xD800, '\n'};

    @Test
    void sizesAndCutsAgreeWithTheJdkEncoder() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.appendCodePoint(SAMPLES[random.nextInt(SAMPLES.length)]);
            }
            String s = text.toString();
            byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(encoded.length, Truncation.utf8Length(s), s);
            int max = random.nextInt(encoded.length + 2);
            String cut = Truncation.toUtf8Bytes(s, max);
            int cutBytes = cut.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(cutBytes <= max, "fits");
            assertTrue(s.startsWith(cut), "a prefix");
            if (cut.length() < s.length()) {
                int next = s.codePointAt(cut.length());
                String longer = s.substring(0, cut.length() + Character.charCount(next));
                assertTrue(
                        longer.getBytes(StandardCharsets.UTF_8).length > max,
                        "the longest prefix that fits");
            }
        }
    }

    @Test
    void neverSplitsASurrogatePair() {
        assertEquals("a", Truncation.toUtf8Bytes("a😀", 4));
        assertEquals("a😀", Truncation.toUtf8Bytes("a😀", 5));
    }
}
