package org.eassms.eas.sync.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.Wake;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.sync.hanging.ReplicaIdentity;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a phone whose network changed sends its Ping again while the old one still hangs on a
 * dead connection. The old one answers at once (status 1, nothing new) instead of hanging for its
 * interval, and its end does not take the device's registration from the new one.
 */
@QuarkusTest
@TestProfile(SupersededHangTest.LongHangs.class)
class SupersededHangTest {

    public static class LongHangs extends ConfigOverrides {
        public LongHangs() {
            super("eas.sync.hanging.wait-cap", "PT60S");
        }
    }

    @Inject RedisDataSource redis;

    @Inject ReplicaIdentity replica;

    @Inject DataSource database;

    @Test
    void aNewPingOfTheDeviceEndsItsOlderOneAndKeepsTheRegistration() throws Exception {
        EasTestClient phone = EasTestClient.newUser("14.1");
        phone.syncOutbox("0", List.of());
        EasTestClient tablet =
                new EasTestClient(phone.username(), "tab" + phone.username(), "14.1");
        String tabletKey =
                SyncCodec.decodeResponse(EasTestClient.decode(tablet.syncOutbox("0", List.of())))
                        .collections()
                        .get(0)
                        .syncKey();
        long userId = EasTestClient.userId(database, phone.username());
        String hangKey = RedisNames.hangKey(userId, phone.deviceId());
        double supersededBefore = EasTestClient.metric("eas_hanging_superseded_total");

        CompletableFuture<PingResponse> old = CompletableFuture.supplyAsync(() -> ping(phone));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> redis.value(String.class).get(hangKey) != null);
        CompletableFuture<PingResponse> fresh = CompletableFuture.supplyAsync(() -> ping(phone));

        assertEquals(1, old.get(10, TimeUnit.SECONDS).status(), "the older Ping ends, no news");
        assertEquals(supersededBefore + 1, EasTestClient.metric("eas_hanging_superseded_total"));
        assertNotNull(
                redis.value(String.class).get(hangKey),
                "the newer Ping is still registered for the dispatcher to find");

        // An SMS queued now reaches the newer Ping through its registration.
        tablet.syncOutbox(tabletKey, List.of(EasTestClient.smsAdd("c1", "hi", Instant.now())));
        redis.pubsub(String.class)
                .publish(replica.wakeChannel(), new Wake(userId, phone.deviceId()).encode());
        PingResponse news = fresh.get(10, TimeUnit.SECONDS);
        assertEquals(2, news.status());
        assertEquals(List.of("6"), news.folders());
    }

    private static PingResponse ping(EasTestClient phone) {
        return PingCodec.decodeResponse(EasTestClient.decode(HangingLimitTest.hangingPing(phone)));
    }
}
