package org.eassms.eas.sync.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ItemServerIdTest {

    @Test
    void aServerIdReadsBackInItsOwnCollectionOnly() {
        String wire = ItemServerId.of("6", 42).toString();
        assertEquals("6:42", wire);
        assertEquals(OptionalLong.of(42), ItemServerId.itemIdIn("6", wire));
        assertTrue(ItemServerId.itemIdIn("16", wire).isEmpty(), "another folder's item");
        assertTrue(ItemServerId.itemIdIn("1", "16:42").isEmpty(), "a prefix is not a folder");
    }

    @Test
    void whatIsNoServerIdOfOursIsEmptyNotAnError() {
        for (String wire :
                new String[] {
                    null, "", "6", "6:", "6:x", "6:-", "6:1:2", "6:99999999999999999999"
                }) {
            assertTrue(ItemServerId.itemIdIn("6", wire).isEmpty(), String.valueOf(wire));
        }
    }
}
