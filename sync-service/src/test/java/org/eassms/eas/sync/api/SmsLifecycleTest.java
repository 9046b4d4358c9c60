package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.Body;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * The life of an SMS put into the Outbox (MS-ASMS 3.1.5.1): queued, handed over when the phone
 * deletes it from the Outbox, then sent when the phone files it in Sent Items or failed when it
 * posts an NDR to the Inbox; and DeletesAsMoves (MS-ASCMD 2.2.3.43) for ordinary deletions.
 */
@QuarkusTest
class SmsLifecycleTest {
    private static final String INBOX = "2";
    private static final String DELETED_ITEMS = "4";
    private static final String SENT_ITEMS = "5";
    private static final String OUTBOX = "6";
    private static final SyncOptions SMS =
            new SyncOptions("SMS", null, List.of(), null, null, null, null);

    /** A device's SyncKeys per collection, kept between calls. */
    private static final class Device {
        final EasTestClient client;
        final Map<String, String> keys = new java.util.HashMap<>();

        Device(EasTestClient client) {
            this.client = client;
        }

        SyncCollectionResponse sync(
                String collectionId, Boolean deletesAsMoves, List<SyncCommand> commands) {
            String key = keys.getOrDefault(collectionId, "0");
            var response = client.sync(key, collectionId, deletesAsMoves, List.of(SMS), commands);
            if (response == null) {
                return null;
            }
            SyncCollectionResponse collection = response.collections().get(0);
            keys.put(collectionId, collection.syncKey());
            return collection;
        }
    }

    private static long post(EasTestClient user, String to, String text) {
        return ((Number)
                        given().header(
                                        "Authorization",
                                        EasTestClient.basic(
                                                user.username(), EasTestClient.PASSWORD))
                                .contentType("application/json")
                                .body(Map.of("to", to, "body", text))
                                .post("/api/sms")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"))
                .longValue();
    }

    private static void expectStatus(EasTestClient user, long id, String status) {
        given().header(
                        "Authorization",
                        EasTestClient.basic(user.username(), EasTestClient.PASSWORD))
                .get("/api/sms/" + id)
                .then()
                .statusCode(200)
                .body("status", is(status));
    }

    /** The phone takes the Outbox's SMS out (a hand-over) and returns them. */
    private static List<SyncCommand> takeOutbox(Device phone) {
        List<SyncCommand> adds = phone.sync(OUTBOX, null, List.of()).commands();
        phone.sync(
                OUTBOX,
                null,
                adds.stream().map(a -> SyncCommand.delete(null, a.serverId())).toList());
        return adds;
    }

    private static Device primed(EasTestClient client, String... collections) {
        Device device = new Device(client);
        for (String collection : collections) {
            device.sync(collection, null, List.of());
        }
        return device;
    }

    @Test
    void filedInSentItemsTheSmsIsSentAndTheHandOverLeavesNothingInDeletedItems() {
        EasTestClient user = EasTestClient.newUser("14.1");
        Device phone = primed(user, OUTBOX, SENT_ITEMS, DELETED_ITEMS);
        long first = post(user, "+14255550143", "first");
        long second = post(user, "+14255550199", "second");
        expectStatus(user, first, "queued");

        List<SyncCommand> taken = takeOutbox(phone);
        assertEquals(2, taken.size());
        expectStatus(user, first, "handed-over");
        // The phone sends the second one first, and files it.
        SyncCommand secondAdd =
                taken.stream()
                        .filter(a -> a.data().body().data().equals("second"))
                        .findFirst()
                        .orElseThrow();
        phone.sync(
                SENT_ITEMS,
                null,
                List.of(
                        SyncCommand.clientAdd(
                                "SMS",
                                "s1",
                                MessageData.sms(
                                        secondAdd.data().to(),
                                        "\"Phone\" [MOBILE:+14255550123]",
                                        Instant.now(),
                                        "second"))));
        expectStatus(user, second, "sent");
        expectStatus(user, first, "handed-over");
        assertNull(phone.sync(DELETED_ITEMS, null, List.of()), "a hand-over is not a deletion");
    }

    @Test
    void anNdrInTheInboxMakesTheSmsFailed() {
        EasTestClient user = EasTestClient.newUser("14.1");
        Device phone = primed(user, OUTBOX, INBOX);
        long id = post(user, "+14255550143", "will not arrive");
        takeOutbox(phone);
        MessageData ndr =
                new MessageData(
                        "\"Phone\" [MOBILE:+14255550123]",
                        null,
                        "\"+14255550143\" [MOBILE:+14255550143]",
                        null,
                        Instant.now(),
                        null,
                        1,
                        false,
                        "REPORT.IPM.Note.Mobile.SMS.NDR",
                        Body.plainText("Undeliverable: will not arrive"),
                        null,
                        null,
                        null,
                        null);
        phone.sync(INBOX, null, List.of(SyncCommand.clientAdd("SMS", "n1", ndr)));
        expectStatus(user, id, "failed");
        SyncCommand stored =
                primed(new EasTestClient(user.username(), "t" + user.username(), "14.1"), INBOX)
                        .sync(INBOX, null, List.of())
                        .commands()
                        .get(0);
        assertEquals("REPORT.IPM.Note.Mobile.SMS.NDR", stored.data().messageClass());
    }

    @Test
    void deletesMoveToDeletedItemsUnlessTheClientSaysOtherwise() {
        EasTestClient user = EasTestClient.newUser("14.1");
        Device phone = primed(user, INBOX);
        Device tablet =
                primed(
                        new EasTestClient(user.username(), "t" + user.username(), "14.1"),
                        INBOX,
                        DELETED_ITEMS);
        List<SyncCommand> added =
                phone.sync(
                                INBOX,
                                null,
                                List.of(
                                        SyncCommand.clientAdd(
                                                "SMS",
                                                "a",
                                                MessageData.sms(
                                                        "\"Me\" [MOBILE:+1]",
                                                        "\"Bob\" [MOBILE:+2]",
                                                        Instant.now(),
                                                        "keep me")),
                                        SyncCommand.clientAdd(
                                                "SMS",
                                                "b",
                                                MessageData.sms(
                                                        "\"Me\" [MOBILE:+1]",
                                                        "\"Bob\" [MOBILE:+2]",
                                                        Instant.now(),
                                                        "gone for good"))))
                        .responses();
        tablet.sync(INBOX, null, List.of());
        tablet.sync(INBOX, null, List.of(SyncCommand.delete(null, added.get(0).serverId())));
        tablet.sync(INBOX, false, List.of(SyncCommand.delete(null, added.get(1).serverId())));

        List<SyncCommand> trash = tablet.sync(DELETED_ITEMS, null, List.of()).commands();
        assertEquals(1, trash.size(), "only the delete without DeletesAsMoves=0 was moved");
        assertEquals(SyncCommand.Type.ADD, trash.get(0).type());
        assertEquals("SMS", trash.get(0).itemClass());
        assertEquals("keep me", trash.get(0).data().body().data());
        assertEquals("\"Bob\" [MOBILE:+2]", trash.get(0).data().from());
    }
}
