package org.eassms.eas.sync.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void storableTextHasNoNulAndOnlyWholeSurrogatePairs() {
        assertTrue(Text.storable("Dinner at 8? 🍝\nSee you"));
        assertFalse(Text.storable("nul\0inside"));
        assertFalse(Text.storable("half \ud83d"));
        assertFalse(Text.storable("\udc00 low first"));
        assertFalse(Text.storable("swapped \udc1d\ud83d"));
    }

    @Test
    void singleLineTextHasNoControlCharacterAtAll() {
        assertTrue(Text.singleLine("alice@example.org"));
        assertFalse(Text.singleLine("alice@example.org\r\nINFO forged"));
        assertFalse(Text.singleLine("tab\there"));
    }
}
