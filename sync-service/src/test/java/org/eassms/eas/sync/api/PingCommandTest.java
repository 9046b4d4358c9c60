package org.eassms.eas.sync.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.Wake;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.sync.hanging.ReplicaIdentity;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/** Ping (MS-ASCMD 2.2.1.13) on the Outbox, woken through Redis like a hanging Sync. */
@QuarkusTest
class PingCommandTest {
    private static final PingRequest OUTBOX_PING =
            new PingRequest(480, List.of(new PingRequest.PingFolder("6", "Email")));

    @Inject RedisDataSource redis;

    @Inject ReplicaIdentity replica;

    private static PingResponse ping(EasTestClient client, PingRequest request) {
        return PingCodec.decodeResponse(
                EasTestClient.decode(
                        client.post(
                                "Ping",
                                request == null ? null : PingCodec.encodeRequest(request))));
    }

    /** Syncs the Outbox to its current state, asking for SMS, and returns the key. */
    private static String syncOutbox(EasTestClient client, String key, List<SyncCommand> commands) {
        var response = client.syncOutbox(key, commands);
        return response.asByteArray().length == 0
                ? key
                : SyncCodec.decodeResponse(EasTestClient.decode(response))
                        .collections()
                        .get(0)
                        .syncKey();
    }

    @Test
    void parametersAreRequiredOnceThenCachedAndBounded() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        assertEquals(3, ping(phone, null).status(), "nothing cached yet");
        PingResponse tooShort = ping(phone, new PingRequest(30, OUTBOX_PING.folders()));
        assertEquals(5, tooShort.status());
        assertEquals(60, tooShort.heartbeatInterval());
        assertEquals(
                7,
                ping(
                                phone,
                                new PingRequest(
                                        480, List.of(new PingRequest.PingFolder("99", "Email"))))
                        .status());
    }

    @Test
    void aPingIsWokenWhenAnSmsArrivesAndExpiresOtherwise() throws Exception {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet =
                new EasTestClient(phone.username(), "tab" + phone.username(), "14.1");
        syncOutbox(phone, syncOutbox(phone, "0", List.of()), List.of());
        String tabletKey = syncOutbox(tablet, "0", List.of());
        assertEquals(
                1,
                ping(phone, OUTBOX_PING).status(),
                "nothing new: the heartbeat ends with status 1");

        CompletableFuture<PingResponse> answer =
                CompletableFuture.supplyAsync(() -> ping(phone, null));
        String hangKey = RedisNames.hangKey(userIdOf(phone), "dev" + phone.username());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> redis.value(String.class).get(hangKey) != null);
        syncOutbox(
                tablet, tabletKey, List.of(EasTestClient.smsAdd("c1", "ping me", Instant.now())));
        redis.pubsub(String.class)
                .publish(
                        replica.wakeChannel(),
                        new Wake(userIdOf(phone), "dev" + phone.username()).encode());
        PingResponse response = answer.get(5, TimeUnit.SECONDS);
        assertEquals(2, response.status());
        assertEquals(List.of("6"), response.folders());
    }

    /**
     * MS-ASMS 3.2.5.1: SMS never reach a client that did not ask for them, so neither does a Ping
     * about them. The Ping counts the classes each device syncs in the folder (its sticky Options).
     */
    @Test
    void aPingCountsOnlyTheClassesTheDeviceSyncsThere() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient mailOnly =
                new EasTestClient(phone.username(), "mail" + phone.username(), "14.1");
        String phoneKey = syncOutbox(phone, syncOutbox(phone, "0", List.of()), List.of());
        var noSmsBlock =
                new SyncCollectionRequest("0", "6", null, null, null, List.of(), List.of());
        mailOnly.post(
                "Sync",
                SyncCodec.encodeRequest(
                        new SyncRequest(List.of(noSmsBlock), null, null, null, false)));
        syncOutbox(
                phone,
                phoneKey,
                List.of(
                        SyncCommand.clientAdd(
                                "SMS",
                                "c1",
                                MessageData.sms(
                                        "\"Bob\" [MOBILE:+1]", null, Instant.now(), "hi"))));

        assertEquals(1, ping(mailOnly, OUTBOX_PING).status(), "no SMS block: nothing to report");
        EasTestClient otherPhone =
                new EasTestClient(phone.username(), "other" + phone.username(), "14.1");
        syncOutbox(otherPhone, "0", List.of());
        PingResponse smsDevice = ping(otherPhone, OUTBOX_PING);
        assertEquals(2, smsDevice.status(), "an SMS device is told of the new SMS");
        assertEquals(List.of("6"), smsDevice.folders());
    }

    /**
     * MS-ASCMD 2.2.1.13: a Ping ends as soon as a pinged folder changes. A phone filing a received
     * SMS in the Inbox wakes the tablet's Ping at once, through the change broadcast (no relay). A
     * change elsewhere (Sent Items) does not end it.
     */
    @Test
    void aPingIsWokenByAnotherDevicesChangeInAPingedFolder() throws Exception {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone =
                new EasTestClient(tablet.username(), "ph" + tablet.username(), "14.1");
        var sms =
                new org.eassms.eas.protocol.sync.SyncOptions(
                        "SMS", null, List.of(), null, null, null, null);
        String phoneInbox = keyAfter(phone, "2", "0", List.of(sms), List.of());
        String phoneSent = keyAfter(phone, "5", "0", List.of(sms), List.of());
        keyAfter(tablet, "2", "0", List.of(sms), List.of());

        CompletableFuture<PingResponse> answer =
                CompletableFuture.supplyAsync(
                        () ->
                                ping(
                                        tablet,
                                        new PingRequest(
                                                480,
                                                List.of(
                                                        new PingRequest.PingFolder(
                                                                "2", "Email")))));
        String hangKey = RedisNames.hangKey(userIdOf(tablet), "dev" + tablet.username());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> redis.value(String.class).get(hangKey) != null);
        keyAfter(phone, "5", phoneSent, List.of(), List.of(received("filed in Sent Items")));
        keyAfter(phone, "2", phoneInbox, List.of(), List.of(received("hello tablet")));
        PingResponse response = answer.get(2, TimeUnit.SECONDS);
        assertEquals(2, response.status());
        assertEquals(List.of("2"), response.folders());
    }

    private static SyncCommand received(String text) {
        return SyncCommand.clientAdd(
                "SMS",
                "c" + System.nanoTime(),
                MessageData.sms("\"Me\" [MOBILE:+1]", "\"Bob\" [MOBILE:+2]", Instant.now(), text));
    }

    /** One Sync of a collection; returns the new key (the same one for an empty answer). */
    private static String keyAfter(
            EasTestClient client,
            String collectionId,
            String key,
            List<org.eassms.eas.protocol.sync.SyncOptions> options,
            List<SyncCommand> commands) {
        var response = client.sync(key, collectionId, null, options, commands);
        return response == null ? key : response.collections().get(0).syncKey();
    }

    @Inject javax.sql.DataSource database;

    private long userIdOf(EasTestClient client) {
        return EasTestClient.userId(database, client.username());
    }
}
