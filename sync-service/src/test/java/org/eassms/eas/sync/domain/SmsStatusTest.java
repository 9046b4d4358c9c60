package org.eassms.eas.sync.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmsStatusTest {

    @Test
    void anSmsOnlyMovesForward() {
        assertEquals(SmsStatus.HANDED_OVER, SmsStatus.QUEUED.moveTo(SmsStatus.HANDED_OVER));
        assertEquals(SmsStatus.SENT, SmsStatus.HANDED_OVER.moveTo(SmsStatus.SENT));
        assertEquals(SmsStatus.FAILED, SmsStatus.HANDED_OVER.moveTo(SmsStatus.FAILED));
        assertThrows(IllegalStateException.class, () -> SmsStatus.QUEUED.moveTo(SmsStatus.SENT));
        assertThrows(IllegalStateException.class, () -> SmsStatus.SENT.moveTo(SmsStatus.FAILED));
        assertThrows(IllegalStateException.class, () -> SmsStatus.FAILED.moveTo(SmsStatus.QUEUED));
    }

    @Test
    void theColumnKeepsTheTextItAlwaysHeld() {
        SmsStatus.Column column = new SmsStatus.Column();
        for (SmsStatus status : SmsStatus.values()) {
            assertEquals(
                    status,
                    column.convertToEntityAttribute(column.convertToDatabaseColumn(status)));
        }
        assertEquals("handed-over", column.convertToDatabaseColumn(SmsStatus.HANDED_OVER));
    }
}
