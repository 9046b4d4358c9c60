package org.eassms.eas.sync.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: one user cannot hold more than {@code eas.sync.hanging.max-per-user} hanging requests
 * on a replica; the next is answered 503 with Retry-After, and other users still hang.
 */
@QuarkusTest
@TestProfile(PerUserHangingLimitTest.TwoPerUser.class)
class PerUserHangingLimitTest {

    public static class TwoPerUser extends ConfigOverrides {
        public TwoPerUser() {
            super(
                    "eas.sync.hanging.max-per-user",
                    "2",
                    "eas.sync.hanging.retry-after-when-full",
                    "PT45S");
        }
    }

    @Test
    void aThirdHangingRequestOfOneUserIs503WhileOthersHang() throws Exception {
        EasTestClient first = EasTestClient.newUser("14.1");
        EasTestClient second = new EasTestClient(first.username(), "b" + first.deviceId(), "14.1");
        EasTestClient third = new EasTestClient(first.username(), "c" + first.deviceId(), "14.1");
        for (EasTestClient device : java.util.List.of(first, second, third)) {
            device.syncOutbox("0", java.util.List.of()); // a Ping hangs on folders it has synced
        }
        double before = EasTestClient.metric("eas_hanging_requests");
        CompletableFuture<Response> one =
                CompletableFuture.supplyAsync(() -> HangingLimitTest.hangingPing(first));
        CompletableFuture<Response> two =
                CompletableFuture.supplyAsync(() -> HangingLimitTest.hangingPing(second));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> EasTestClient.metric("eas_hanging_requests") >= before + 2);

        Response refused = HangingLimitTest.hangingPing(third);
        assertEquals(503, refused.statusCode());
        HangingLimitTest.assertRetryAfterSpread(refused);

        EasTestClient other = EasTestClient.newUser("14.1");
        other.syncOutbox("0", java.util.List.of());
        Response someoneElse = HangingLimitTest.hangingPing(other);
        assertEquals(200, someoneElse.statusCode(), "another user's Ping hangs as usual");
        assertEquals(200, one.get(30, TimeUnit.SECONDS).statusCode());
        assertEquals(200, two.get(30, TimeUnit.SECONDS).statusCode());
    }
}
