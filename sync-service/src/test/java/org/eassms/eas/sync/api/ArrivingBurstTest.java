package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * A burst of arriving hanging requests beyond {@code eas.sync.hanging.max-arriving} is refused with
 * 503 and a spread Retry-After instead of queueing for the database pool (where 50,000 phones
 * arriving at once timed out and retried together); requests that do not hang are served.
 */
@QuarkusTest
@TestProfile(ArrivingBurstTest.NoRoomToArrive.class)
class ArrivingBurstTest {

    /** No hanging request may begin its first look: every arrival is beyond the bound. */
    public static class NoRoomToArrive extends ConfigOverrides {
        public NoRoomToArrive() {
            super(
                    "eas.sync.hanging.max-arriving",
                    "0",
                    "eas.sync.hanging.retry-after-when-full",
                    "PT45S");
        }
    }

    @Test
    void anArrivalBeyondTheBoundIsAnswered503WithASpreadRetryAfter() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        Response ping = HangingLimitTest.hangingPing(phone);
        assertEquals(503, ping.statusCode());
        HangingLimitTest.assertRetryAfterSpread(ping);
        assertEquals(
                200, phone.syncOutbox("0", List.of()).statusCode(), "a Sync that does not hang");
    }
}
