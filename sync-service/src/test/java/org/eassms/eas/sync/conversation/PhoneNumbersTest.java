package org.eassms.eas.sync.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "'+1 (425) 555-0143', +14255550143",
        "'0044 20 7946 0958', +442079460958",
        "'425.555.0143', 4255550143",
        "'  +33 6 12 34 56 78 ', +33612345678",
        "'112', 112"
    })
    void numbersAsPeopleTypeThemBecomeTheFormPhonesFileThemUnder(String typed, String filed) {
        assertEquals(Optional.of(filed), PhoneNumbers.normalize(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "call me",
                "12",
                "+1234567890123456",
                "+1 425 555 0143 ext 2",
                "++14255550143"
            })
    void whatIsNoNumberIsRefused(String typed) {
        assertEquals(Optional.empty(), PhoneNumbers.normalize(typed));
    }
}
