package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * A replica that holds its limit of hanging requests says so: HTTP 503 with Retry-After (MS-ASHTTP
 * 3.2.5.1), for a Ping and a hanging Sync alike, while requests that do not hang are served.
 */
@QuarkusTest
@TestProfile(HangingLimitTest.Full.class)
class HangingLimitTest {

    /** A replica that may hold no hanging request at all. */
    public static class Full extends ConfigOverrides {
        public Full() {
            super("eas.sync.hanging.limit", "0", "eas.sync.hanging.retry-after-when-full", "PT45S");
        }
    }

    @Test
    void aRequestThatWouldHangIsAnswered503WithRetryAfter() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        Response ping = hangingPing(phone);
        assertEquals(503, ping.statusCode());
        assertRetryAfterSpread(ping);

        Response primed = phone.syncOutbox("0", List.of());
        assertEquals(200, primed.statusCode(), "a Sync that does not hang is served");
        String key =
                SyncCodec.decodeResponse(EasTestClient.decode(primed))
                        .collections()
                        .get(0)
                        .syncKey();
        var hanging =
                new org.eassms.eas.protocol.sync.SyncRequest(
                        List.of(
                                new org.eassms.eas.protocol.sync.SyncCollectionRequest(
                                        key, "6", null, null, null, List.of(), List.of())),
                        null,
                        600,
                        null,
                        false);
        Response sync = phone.post("Sync", SyncCodec.encodeRequest(hanging));
        assertEquals(503, sync.statusCode());
        assertRetryAfterSpread(sync);
    }

    /** A Ping of the Outbox that would hang for 8 minutes. */
    static Response hangingPing(EasTestClient phone) {
        return phone.post(
                "Ping",
                PingCodec.encodeRequest(
                        new PingRequest(480, List.of(new PingRequest.PingFolder("6", "Email")))));
    }

    /** Between one and two times retry-after-when-full: refused phones come back spread out. */
    static void assertRetryAfterSpread(Response refused) {
        long seconds = Long.parseLong(refused.header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(
                seconds >= 45 && seconds <= 90, "Retry-After " + seconds);
    }
}
