package org.eassms.eas.sync.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.Wake;
import org.eassms.eas.protocol.common.Flag;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.sync.hanging.ReplicaIdentity;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * Sync at the depth the relay needs (MS-ASCMD 2.2.1.21, MS-ASMS 3.1.4.1 and 3.2.5.1), on real
 * PostgreSQL and Redis.
 */
@QuarkusTest
class SyncCommandTest {
    private static final String OUTBOX = "6";
    private static final SyncOptions SMS =
            new SyncOptions("SMS", null, List.of(), null, null, null, null);

    @Inject DataSource database;

    @Inject RedisDataSource redis;

    @Inject ReplicaIdentity replica;

    private static SyncRequest request(
            String key, List<SyncOptions> options, List<SyncCommand> commands) {
        return new SyncRequest(
                List.of(
                        new SyncCollectionRequest(
                                key, OUTBOX, null, null, null, options, commands)),
                null,
                null,
                null,
                false);
    }

    private static SyncResponse sync(EasTestClient client, SyncRequest request) {
        Response response = client.post("Sync", SyncCodec.encodeRequest(request));
        response.then().statusCode(200);
        return response.asByteArray().length == 0
                ? null
                : SyncCodec.decodeResponse(EasTestClient.decode(response));
    }

    /** Key 0 then key 1 for a device (MS-ASCMD: the first response carries no items). */
    private static String prime(EasTestClient client, List<SyncOptions> options) {
        SyncCollectionResponse first =
                sync(client, request("0", options, List.of())).collections().get(0);
        assertEquals(1, first.status());
        assertTrue(first.commands().isEmpty());
        return first.syncKey();
    }

    private static MessageData sms(String text) {
        return new MessageData(
                "\"Bob\" [MOBILE:+14255550143]",
                null,
                null,
                null,
                Instant.parse("2026-11-25T10:00:00Z"),
                null,
                1,
                false,
                null,
                org.eassms.eas.protocol.common.Body.plainText(text),
                "65001",
                null,
                new byte[] {1, 2, (byte) 0xFF},
                new byte[] {9});
    }

    /** One SMS added to the Outbox by {@code client}; the collection's answer. */
    private static SyncCollectionResponse addSms(
            EasTestClient client, String key, String clientId, String text) {
        return sync(
                        client,
                        request(
                                key,
                                List.of(),
                                List.of(SyncCommand.clientAdd("SMS", clientId, sms(text)))))
                .collections()
                .get(0);
    }

    /** A second device of the same user. */
    private static EasTestClient otherDevice(EasTestClient client, String name) {
        return new EasTestClient(client.username(), name + client.username(), "14.1");
    }

    @Test
    void anSmsAddedToTheOutboxReachesADeviceThatAskedForSms() throws SQLException {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = otherDevice(tablet, "phone");
        String phoneKey = prime(phone, List.of(SMS));
        String tabletKey = prime(tablet, List.of(SMS));

        SyncCollectionResponse added = addSms(tablet, tabletKey, "c1", "Grüße 😀");
        SyncCommand addResponse = added.responses().get(0);
        assertEquals(1, addResponse.status());
        assertEquals("c1", addResponse.clientId());
        assertTrue(addResponse.serverId().startsWith("6:"));
        assertEquals(
                1, outboxEvents(addResponse.serverId()), "one outbox event, written with the item");

        SyncCollectionResponse received =
                sync(phone, request(phoneKey, List.of(), List.of())).collections().get(0);
        SyncCommand add = received.commands().get(0);
        assertEquals(SyncCommand.Type.ADD, add.type());
        assertEquals("SMS", add.itemClass());
        assertEquals(addResponse.serverId(), add.serverId());
        assertEquals("Grüße 😀", add.data().body().data());
        assertEquals("\"Bob\" [MOBILE:+14255550143]", add.data().to());
        assertArrayEquals(new byte[] {1, 2, (byte) 0xFF}, add.data().conversationId());
        assertEquals(Instant.parse("2026-11-25T10:00:00Z"), add.data().dateReceived());

        // The tablet made the change itself: its next Sync has nothing new.
        assertNull(sync(tablet, request(added.syncKey(), List.of(), List.of())));
    }

    /**
     * MS-ASMS 2.2.2 and MS-ASEMAIL 2.2.2: every field of an SMS a phone files comes back to another
     * device exactly as sent, Flag with all its children and the opaque Email2 conversation bytes
     * included.
     */
    @Test
    void everyFieldOfAnSmsIsStoredAndReturnedIntact_MsAsms222() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet = otherDevice(phone, "tablet");
        Flag flag =
                new Flag(
                        2,
                        "Follow up",
                        "2026-11-27T09:00:00.000Z",
                        "Call Bob back",
                        "2026-11-27T09:00:00.000Z",
                        "2026-11-25T00:00:00.000Z",
                        "2026-11-26T00:00:00.000Z",
                        "2026-11-24T23:00:00.000Z",
                        "2026-11-25T23:00:00.000Z",
                        1,
                        "2026-11-25T08:00:00.000Z",
                        "2026-11-25T10:00:00.000Z",
                        "412345678");
        MessageData sent =
                new MessageData(
                        "\"Me\" [MOBILE:+14255550123]",
                        null,
                        "\"Bob Smith\" [MOBILE:+14255550143]",
                        null,
                        Instant.parse("2026-11-25T10:00:00.123Z"),
                        null,
                        2,
                        true,
                        null,
                        org.eassms.eas.protocol.common.Body.plainText("Ça va? 👋 <b>not html</b>"),
                        "65001",
                        flag,
                        new byte[] {0, 1, 2, (byte) 0x80, (byte) 0xFF},
                        new byte[] {(byte) 0xC0, 0, 0x7F});
        String tabletKey =
                tablet.sync("0", "2", null, List.of(SMS), List.of()).collections().get(0).syncKey();
        String phoneKey =
                phone.sync("0", "2", null, List.of(SMS), List.of()).collections().get(0).syncKey();
        phone.sync(
                phoneKey, "2", null, List.of(), List.of(SyncCommand.clientAdd("SMS", "f1", sent)));

        MessageData got =
                tablet.sync(tabletKey, "2", null, List.of(), List.of())
                        .collections()
                        .get(0)
                        .commands()
                        .get(0)
                        .data();
        assertEquals(sent.to(), got.to());
        assertEquals(sent.from(), got.from());
        assertEquals(sent.dateReceived(), got.dateReceived());
        assertEquals(sent.importance(), got.importance());
        assertEquals(sent.read(), got.read());
        assertEquals(sent.body().data(), got.body().data());
        assertEquals(1, got.body().type(), "plain text");
        assertEquals(sent.internetCpid(), got.internetCpid());
        assertEquals(flag, got.flag(), "Flag with every child");
        assertArrayEquals(sent.conversationId(), got.conversationId());
        assertArrayEquals(sent.conversationIndex(), got.conversationIndex());
    }

    /**
     * MS-ASCMD 2.2.3.181.4: a client that never got our answer retries with the previous SyncKey.
     * Its Adds map to the items the lost request created (one SMS in the Outbox, one relay), and
     * its Deletes are not reported missing.
     */
    @Test
    void aRetriedRequestDoesNotAddTwiceNorFailItsDeletes() throws SQLException {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = otherDevice(tablet, "phone");
        String tabletKey = prime(tablet, List.of(SMS));
        SyncRequest adding =
                request(
                        tabletKey,
                        List.of(),
                        List.of(SyncCommand.clientAdd("SMS", "c1", sms("only once"))));
        SyncCollectionResponse first = sync(tablet, adding).collections().get(0);
        SyncCollectionResponse again = sync(tablet, adding).collections().get(0);
        assertEquals(1, again.status());
        assertEquals(first.syncKey(), again.syncKey(), "the same answer again");
        assertEquals(first.responses().get(0).serverId(), again.responses().get(0).serverId());
        assertEquals(1, outboxEvents(first.responses().get(0).serverId()));

        String phoneKey = prime(phone, List.of(SMS));
        assertEquals(
                1,
                sync(phone, request(phoneKey, List.of(), List.of()))
                        .collections()
                        .get(0)
                        .commands()
                        .size());
        String serverId = first.responses().get(0).serverId();
        SyncRequest deleting =
                request(first.syncKey(), List.of(), List.of(SyncCommand.delete(null, serverId)));
        SyncCollectionResponse deleted = sync(tablet, deleting).collections().get(0);
        SyncCollectionResponse deletedAgain = sync(tablet, deleting).collections().get(0);
        assertEquals(deleted.syncKey(), deletedAgain.syncKey());
        assertTrue(deletedAgain.responses().isEmpty(), "no status 8 for the replayed Delete");
        SyncCollectionResponse gone =
                sync(
                                tablet,
                                request(
                                        deleted.syncKey(),
                                        List.of(),
                                        List.of(SyncCommand.delete(null, serverId))))
                        .collections()
                        .get(0);
        assertEquals(
                8, gone.responses().get(0).status(), "a Delete of a deleted item, not a retry");
    }

    @Test
    void aDeviceWithoutAnSmsOptionsBlockNeverReceivesSmsItems() {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient mailOnly = otherDevice(tablet, "mail");
        String mailKey = prime(mailOnly, List.of());
        String tabletKey = prime(tablet, List.of(SMS));
        sync(
                tablet,
                request(
                        tabletKey,
                        List.of(),
                        List.of(SyncCommand.clientAdd("SMS", "c1", sms("hi")))));
        assertNull(
                sync(mailOnly, request(mailKey, List.of(), List.of())),
                "no SMS for a client that did not ask");
    }

    @Test
    void optionsRulesOfMsAsms3251() {
        EasTestClient client = EasTestClient.newUser("14.1");
        SyncOptions email = new SyncOptions(null, 3, List.of(), null, null, null, null);
        SyncOptions contacts = new SyncOptions("Contacts", null, List.of(), null, null, null, null);
        assertEquals(
                4,
                sync(client, request("0", List.of(SMS, email, email), List.of()))
                        .collections()
                        .get(0)
                        .status());
        assertEquals(
                4,
                sync(client, request("0", List.of(contacts), List.of()))
                        .collections()
                        .get(0)
                        .status());
        assertEquals(
                4,
                sync(client, request("0", List.of(SMS, SMS), List.of()))
                        .collections()
                        .get(0)
                        .status());
        assertEquals(
                1,
                sync(client, request("0", List.of(SMS, email), List.of()))
                        .collections()
                        .get(0)
                        .status());
    }

    @Test
    void syncKeysUnknownCollectionsAndEmptyRequests() {
        EasTestClient client = EasTestClient.newUser("14.1");
        assertEquals(
                13,
                sync(client, new SyncRequest(List.of(), null, null, null, true)).status(),
                "nothing cached yet");
        assertEquals(
                13,
                SyncCodec.decodeResponse(
                                EasTestClient.decode(
                                        client.post(
                                                "Sync", (org.eassms.eas.wbxml.dom.Element) null)))
                        .status());
        String key = prime(client, List.of(SMS));
        assertEquals(
                3,
                sync(client, request("999", List.of(), List.of())).collections().get(0).status());
        SyncRequest unknown =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        "0", "42", null, null, null, List.of(), List.of())),
                        null,
                        null,
                        null,
                        false);
        assertEquals(8, sync(client, unknown).collections().get(0).status());
        assertEquals("1", key);
    }

    @Test
    void waitAndHeartbeatBounds() {
        EasTestClient client = EasTestClient.newUser("14.1");
        SyncCollectionRequest outbox =
                new SyncCollectionRequest("0", OUTBOX, null, null, null, List.of(), List.of());
        SyncResponse tooLong =
                sync(client, new SyncRequest(List.of(outbox), 60, null, null, false));
        assertEquals(14, tooLong.status());
        assertEquals(59, tooLong.limit());
        SyncResponse tooShort =
                sync(client, new SyncRequest(List.of(outbox), 0, null, null, false));
        assertEquals(1, tooShort.limit());
        SyncResponse heartbeat =
                sync(client, new SyncRequest(List.of(outbox), null, 30, null, false));
        assertEquals(14, heartbeat.status());
        assertEquals(60, heartbeat.limit());
        assertEquals(
                4, sync(client, new SyncRequest(List.of(outbox), 5, 300, null, false)).status());
    }

    private static MessageData readFlag(boolean read) {
        return new MessageData(
                null, null, null, null, null, null, null, read, null, null, null, null, null, null);
    }

    /**
     * MS-ASCMD 2.2.3.34 Conflict: a Change to an item another device changed since the client's key
     * is discarded with status 7 by default (the server's version comes back as a Change), and
     * applied with Conflict 0.
     */
    @Test
    void aConflictingChangeFollowsTheConflictOption() {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = otherDevice(tablet, "phone");
        String tabletKey = prime(tablet, List.of(SMS));
        String phoneKey = prime(phone, List.of(SMS));
        SyncCollectionResponse added = addSms(tablet, tabletKey, "c1", "read me");
        String serverId = added.responses().get(0).serverId();
        phoneKey =
                sync(phone, request(phoneKey, List.of(), List.of())).collections().get(0).syncKey();
        // The tablet marks it read; the phone, not knowing, marks it unread.
        String tabletKey2 =
                sync(
                                tablet,
                                request(
                                        added.syncKey(),
                                        List.of(),
                                        List.of(
                                                SyncCommand.change(
                                                        null, serverId, readFlag(true)))))
                        .collections()
                        .get(0)
                        .syncKey();
        SyncCollectionResponse lost =
                sync(
                                phone,
                                request(
                                        phoneKey,
                                        List.of(),
                                        List.of(
                                                SyncCommand.change(
                                                        null, serverId, readFlag(false)))))
                        .collections()
                        .get(0);
        assertEquals(7, lost.responses().get(0).status(), "server wins by default");
        SyncCommand serverVersion = lost.commands().get(0);
        assertEquals(SyncCommand.Type.CHANGE, serverVersion.type());
        assertEquals(Boolean.TRUE, serverVersion.data().read());

        // The tablet changes it again; the phone now says Conflict 0: its change wins.
        String tabletKey3 =
                sync(
                                tablet,
                                request(
                                        tabletKey2,
                                        List.of(),
                                        List.of(
                                                SyncCommand.change(
                                                        null, serverId, readFlag(false)))))
                        .collections()
                        .get(0)
                        .syncKey();
        SyncOptions clientWins = new SyncOptions("SMS", null, List.of(), 0, null, null, null);
        SyncCollectionResponse won =
                sync(
                                phone,
                                request(
                                        lost.syncKey(),
                                        List.of(clientWins),
                                        List.of(
                                                SyncCommand.change(
                                                        null, serverId, readFlag(true)))))
                        .collections()
                        .get(0);
        assertTrue(won.responses().isEmpty(), "the client's change was applied");
        SyncCommand seenByTablet =
                sync(tablet, request(tabletKey3, List.of(), List.of()))
                        .collections()
                        .get(0)
                        .commands()
                        .get(0);
        assertEquals(Boolean.TRUE, seenByTablet.data().read());
    }

    /** MS-ASCMD 2.2.3.177.17 status 15 with the most collections allowed in Limit. */
    @Test
    void tooManyCollectionsIsStatus15WithTheLimit() {
        EasTestClient client = EasTestClient.newUser("14.1");
        List<SyncCollectionRequest> many = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(
                    new SyncCollectionRequest("0", OUTBOX, null, null, null, List.of(), List.of()));
        }
        SyncResponse refused = sync(client, new SyncRequest(many, null, null, null, false));
        assertEquals(15, refused.status());
        assertEquals(100, refused.limit());
        assertEquals(
                1,
                sync(client, new SyncRequest(many.subList(0, 1), null, null, null, false))
                        .collections()
                        .get(0)
                        .status(),
                "nothing was stored by the refused request; one collection is fine");
    }

    @Test
    void aHangingSyncIsWokenThroughRedisAndAnswersWithTheNewSms() throws Exception {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = otherDevice(tablet, "phone");
        String tabletKey = prime(tablet, List.of(SMS));
        long userId = userId(tablet.username());
        String deviceId = "phone" + tablet.username();
        CompletableFuture<SyncResponse> answer = hangOnOutbox(phone, userId, deviceId);

        addToOutbox(tablet, tabletKey, "wake up");
        redis.pubsub(String.class)
                .publish(replica.wakeChannel(), new Wake(userId, deviceId).encode());

        SyncResponse response = answer.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(
                "wake up", response.collections().get(0).commands().get(0).data().body().data());
        await().atMost(Duration.ofSeconds(5))
                .until(
                        () ->
                                redis.value(String.class).get(RedisNames.hangKey(userId, deviceId))
                                        == null);
    }

    /**
     * A hanging Sync whose interval ends looks once more before it answers empty: an SMS that came
     * without a wake (the wake was lost, or Redis was down) goes out with this answer instead of
     * costing the phone another round trip.
     */
    @Test
    void aHangingSyncWhoseIntervalEndsLooksOnceMore() throws Exception {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = otherDevice(tablet, "phone");
        String tabletKey = prime(tablet, List.of(SMS));
        CompletableFuture<SyncResponse> answer =
                hangOnOutbox(phone, userId(tablet.username()), "phone" + tablet.username());

        // No wake is published: only the last look can find it (the test's wait cap is 3 s).
        addToOutbox(tablet, tabletKey, "found at the end");

        SyncResponse response = answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertNotNull(response, "not an empty answer");
        assertEquals(
                "found at the end",
                response.collections().get(0).commands().get(0).data().body().data());
    }

    /** The phone's hanging Sync on its Outbox, once this replica holds it (registered in Redis). */
    private CompletableFuture<SyncResponse> hangOnOutbox(
            EasTestClient phone, long userId, String deviceId) {
        String phoneKey = prime(phone, List.of(SMS));
        SyncRequest hanging =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        phoneKey, OUTBOX, null, null, null, List.of(), List.of())),
                        null,
                        600,
                        null,
                        false);
        CompletableFuture<SyncResponse> answer =
                CompletableFuture.supplyAsync(() -> sync(phone, hanging));
        String hangKey = RedisNames.hangKey(userId, deviceId);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> replica.id().equals(redis.value(String.class).get(hangKey)));
        return answer;
    }

    private static void addToOutbox(EasTestClient tablet, String tabletKey, String text) {
        sync(
                tablet,
                request(
                        tabletKey,
                        List.of(),
                        List.of(SyncCommand.clientAdd("SMS", "c9", sms(text)))));
    }

    /**
     * MS-ASCMD 2.2.1.21.1 (empty Sync) and 2.2.3.125 (Partial): the cached collections are synced
     * from the keys the server last handed out, not from the keys in the request that was cached,
     * and the cached request's client commands are never applied again.
     */
    @Test
    void emptyAndPartialSyncsContinueTheCachedCollectionsFromTheirCurrentKeys() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet = otherDevice(phone, "tablet");
        String inbox = "2";
        SyncResponse primed =
                sync(
                        phone,
                        twoFolders(
                                collection("0", OUTBOX, List.of(SMS)),
                                collection("0", inbox, List.of(SMS))));
        assertEquals("1", primed.collections().get(0).syncKey());
        String tabletOutbox = prime(tablet, List.of(SMS));
        String tabletInbox =
                sync(tablet, twoFolders(collection("0", inbox, List.of(SMS))))
                        .collections()
                        .get(0)
                        .syncKey();
        tabletOutbox = addSms(tablet, tabletOutbox, "o1", "to send").syncKey();
        tabletInbox = fileSms(tablet, inbox, tabletInbox, "i1", "received");

        SyncCollectionRequest inboxWithAdd =
                new SyncCollectionRequest(
                        "1",
                        inbox,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(SyncCommand.clientAdd("SMS", "p1", sms("filed by the phone"))));
        SyncResponse both =
                sync(phone, twoFolders(collection("1", OUTBOX, List.of()), inboxWithAdd));
        assertEquals(
                List.of(1, 1), both.collections().stream().map(c -> c.commands().size()).toList());
        String phoneOutbox = both.collections().get(0).syncKey();

        tabletOutbox = addSms(tablet, tabletOutbox, "o2", "to send too").syncKey();
        SyncResponse partial =
                sync(
                        phone,
                        new SyncRequest(
                                List.of(collection(phoneOutbox, OUTBOX, List.of())),
                                null,
                                null,
                                null,
                                true));
        for (SyncCollectionResponse collection : partial.collections()) {
            if (collection.collectionId().equals(inbox)) {
                assertTrue(collection.commands().isEmpty(), "the cached Inbox is not served again");
                assertEquals(1, collection.status());
            } else {
                assertEquals(1, collection.commands().size(), "the new Outbox SMS");
            }
        }

        Response empty = phone.post("Sync", (org.eassms.eas.wbxml.dom.Element) null);
        empty.then().statusCode(200);
        assertEquals(0, empty.asByteArray().length, "nothing new in either cached collection");

        fileSms(tablet, inbox, tabletInbox, "i2", "received too");
        SyncResponse woken =
                SyncCodec.decodeResponse(
                        EasTestClient.decode(
                                phone.post("Sync", (org.eassms.eas.wbxml.dom.Element) null)));
        SyncCollectionResponse inboxNow =
                woken.collections().stream()
                        .filter(c -> c.collectionId().equals(inbox))
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, inboxNow.commands().size(), "only the new Inbox SMS");
        assertEquals("received too", inboxNow.commands().get(0).data().body().data());
        EasTestClient viewer = otherDevice(phone, "viewer");
        String viewerKey =
                sync(viewer, twoFolders(collection("0", inbox, List.of(SMS))))
                        .collections()
                        .get(0)
                        .syncKey();
        List<String> texts =
                sync(viewer, twoFolders(collection(viewerKey, inbox, List.of())))
                        .collections()
                        .get(0)
                        .commands()
                        .stream()
                        .map(c -> c.data().body().data())
                        .sorted()
                        .toList();
        assertEquals(
                List.of("filed by the phone", "received", "received too"),
                texts,
                "the cached request's Add was never applied again");
    }

    private static SyncCollectionRequest collection(
            String key, String collectionId, List<SyncOptions> options) {
        return new SyncCollectionRequest(key, collectionId, null, null, null, options, List.of());
    }

    private static SyncRequest twoFolders(SyncCollectionRequest... collections) {
        return new SyncRequest(List.of(collections), null, null, null, false);
    }

    /** One SMS filed in a folder other than the Outbox by {@code client}; the new key. */
    private static String fileSms(
            EasTestClient client, String folder, String key, String clientId, String text) {
        SyncRequest add =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        key,
                                        folder,
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(
                                                SyncCommand.clientAdd(
                                                        "SMS", clientId, sms(text))))),
                        null,
                        null,
                        null,
                        false);
        SyncCollectionResponse answer = sync(client, add).collections().get(0);
        assertEquals(1, answer.responses().get(0).status());
        return answer.syncKey();
    }

    /**
     * MS-ASCMD 2.2.3.177.17 status 16: a request that fails inside the server (here a row lock held
     * past the database's lock_timeout) is rolled back and answered "retry"; the same request
     * succeeds once the lock is gone.
     */
    @Test
    void aRequestThatFailsInsideTheServerIsStatus16AndChangesNothing() throws SQLException {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = otherDevice(tablet, "phone");
        String phoneKey = prime(phone, List.of(SMS));
        addSms(tablet, prime(tablet, List.of(SMS)), "c1", "blocked for a while");
        String stateOfThePhone =
                "select s.sync_key from eas_sync_state s join eas_device d on d.id = s.device_pk"
                        + " where d.device_id = ? and s.collection_id = '6'";
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement s =
                    lock.prepareStatement(stateOfThePhone + " for update of s")) {
                s.setString(1, phone.deviceId());
                s.executeQuery().close();
            }
            assertEquals(16, sync(phone, request(phoneKey, List.of(), List.of())).status());
            lock.rollback();
        }
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(stateOfThePhone)) {
            s.setString(1, phone.deviceId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(Integer.parseInt(phoneKey), r.getInt(1), "the key did not move");
            }
        }
        SyncCollectionResponse retried =
                sync(phone, request(phoneKey, List.of(), List.of())).collections().get(0);
        assertEquals(1, retried.status());
        assertEquals("blocked for a while", retried.commands().get(0).data().body().data());
    }

    /**
     * A folder's changes become visible in the order of their modseqs (MS-ASCMD 2.2.3.181.4: what a
     * device was sent under a SyncKey is everything up to it). A writer draws its modseq only under
     * the folder's lock, so a concurrent writer that drew an earlier one (here the test, holding
     * the lock) always commits first; otherwise a device syncing between the two commits would skip
     * the earlier change for good.
     */
    @Test
    void writersToOneFolderCommitInTheOrderOfTheirModseqs() throws Exception {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        String key = prime(tablet, List.of(SMS));
        long outbox;
        try (Connection c = database.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select f.id from eas_folder f join eas_user u on u.id = f.user_id"
                                        + " where u.username = ? and f.server_id = '6'")) {
            s.setString(1, tablet.username());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                outbox = r.getLong(1);
            }
        }
        try (Connection writer = database.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement lock =
                    writer.prepareStatement(
                            "select id from eas_folder where id = ? for no key update")) {
                lock.setLong(1, outbox);
                lock.executeQuery().close();
            }
            CompletableFuture<SyncCollectionResponse> adding =
                    CompletableFuture.supplyAsync(() -> addSms(tablet, key, "c1", "second"));
            await().during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> !adding.isDone());
            long drawnFirst;
            try (PreparedStatement next = writer.prepareStatement("select nextval('eas_modseq')");
                    ResultSet r = next.executeQuery()) {
                r.next();
                drawnFirst = r.getLong(1);
            }
            writer.commit();
            String serverId =
                    adding.get(10, java.util.concurrent.TimeUnit.SECONDS)
                            .responses()
                            .get(0)
                            .serverId();
            try (PreparedStatement s =
                    writer.prepareStatement("select modseq from eas_item where id = ?")) {
                s.setLong(1, Long.parseLong(serverId.substring(serverId.indexOf(':') + 1)));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertTrue(
                            r.getLong(1) > drawnFirst,
                            "the Add drew its modseq after the earlier writer committed");
                }
            }
        }
    }

    @Test
    void aHangingSyncWithNothingNewEndsWithAnEmptyResponse() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        String key = prime(phone, List.of(SMS));
        SyncRequest hanging =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        key, OUTBOX, null, null, null, List.of(), List.of())),
                        1,
                        null,
                        null,
                        false);
        assertNull(sync(phone, hanging), "HTTP 200 with an empty body when the interval ends");
    }

    @Test
    void oneUserCannotChangeOrDeleteAnothersItems() {
        EasTestClient alice = EasTestClient.newUser("14.1");
        EasTestClient mallory = EasTestClient.newUser("14.1");
        String aliceKey = prime(alice, List.of(SMS));
        String serverId =
                sync(
                                alice,
                                request(
                                        aliceKey,
                                        List.of(),
                                        List.of(SyncCommand.clientAdd("SMS", "c1", sms("mine")))))
                        .collections()
                        .get(0)
                        .responses()
                        .get(0)
                        .serverId();

        String malloryKey = prime(mallory, List.of(SMS));
        SyncCollectionResponse attempt =
                sync(
                                mallory,
                                request(
                                        malloryKey,
                                        List.of(),
                                        List.of(
                                                SyncCommand.delete(null, serverId),
                                                SyncCommand.change(
                                                        "SMS", serverId, sms("changed")))))
                        .collections()
                        .get(0);
        assertEquals(List.of(8, 8), attempt.responses().stream().map(SyncCommand::status).toList());

        EasTestClient alicePhone = otherDevice(alice, "phone");
        String phoneKey = prime(alicePhone, List.of(SMS));
        SyncCommand intact =
                sync(alicePhone, request(phoneKey, List.of(), List.of()))
                        .collections()
                        .get(0)
                        .commands()
                        .get(0);
        assertEquals("mine", intact.data().body().data());
    }

    private long userId(String username) {
        return EasTestClient.userId(database, username);
    }

    private int outboxEvents(String serverId) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select count(*) from outbox_event where payload ->> 'serverId' = ? and type = 'SmsQueued'")) {
            s.setString(1, serverId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
