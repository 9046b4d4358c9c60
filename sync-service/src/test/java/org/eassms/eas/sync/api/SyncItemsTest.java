package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.common.Body;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.common.Flag;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * Items in Sync responses: the body as the client's BodyPreference asks (MS-ASAIRS 2.2.2.12,
 * 2.2.2.40.2), GetChanges (MS-ASCMD 2.2.3.84) and the status of an Add with bad item data (MS-ASCMD
 * 2.2.3.177.17, status 6).
 */
@QuarkusTest
class SyncItemsTest {
    private static final String INBOX = "2";
    private static final String TEXT = "Grüße aus Zürich 😀, see you at 8";

    private static SyncOptions smsWith(BodyPreference preference) {
        return new SyncOptions(
                "SMS",
                null,
                preference == null ? List.of() : List.of(preference),
                null,
                null,
                null,
                null);
    }

    private static SyncCollectionResponse sync(
            EasTestClient client, String key, List<SyncOptions> options) {
        var response =
                client.sync(EasTestClient.oneCollection(key, INBOX, null, options, List.of()));
        return response == null ? null : response.collections().get(0);
    }

    /** The Adds of a freshly primed phone in the Inbox; the collection's answer. */
    private static SyncCollectionResponse add(EasTestClient phone, List<SyncCommand> adds) {
        String key = sync(phone, "0", List.of(smsWith(null))).syncKey();
        return phone.sync(EasTestClient.oneCollection(key, INBOX, null, List.of(), adds))
                .collections()
                .get(0);
    }

    /** A phone files one SMS in the Inbox. */
    private static void file(EasTestClient phone, MessageData sms) {
        SyncCommand added =
                add(phone, List.of(SyncCommand.clientAdd("SMS", "f1", sms))).responses().get(0);
        assertEquals(1, added.status());
    }

    private static Body bodyFor(EasTestClient reader, BodyPreference preference) {
        String key = sync(reader, "0", List.of(smsWith(preference))).syncKey();
        return sync(reader, key, List.of()).commands().get(0).data().body();
    }

    @Test
    void theBodyIsTruncatedToTheBodyPreferenceInUtf8BytesWithoutSplittingACharacter() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        file(
                phone,
                MessageData.sms("\"Me\" [MOBILE:+1]", "\"Anna\" [MOBILE:+2]", Instant.now(), TEXT));
        int size = TEXT.getBytes(StandardCharsets.UTF_8).length;

        Body cut =
                bodyFor(
                        new EasTestClient(phone.username(), "a" + phone.username(), "14.1"),
                        new BodyPreference(1, 20L, null, null));
        assertEquals(1, cut.type());
        assertEquals(Boolean.TRUE, cut.truncated());
        assertEquals(size, cut.estimatedDataSize(), "EstimatedDataSize: the whole body");
        assertEquals("Grüße aus Zürich ", cut.data(), "17 characters, 20 bytes: 😀 does not fit");

        Body whole =
                bodyFor(
                        new EasTestClient(phone.username(), "b" + phone.username(), "14.1"),
                        new BodyPreference(1, (long) size, null, null));
        assertEquals(TEXT, whole.data(), "TruncationSize equal to the size: not truncated");
        assertNull(whole.truncated());

        Body unasked =
                bodyFor(new EasTestClient(phone.username(), "c" + phone.username(), "14.1"), null);
        assertEquals(TEXT, unasked.data(), "no BodyPreference: the whole body");
    }

    @Test
    void getChangesZeroSendsNoServerChangesAndKeepsThemForLater() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet = new EasTestClient(phone.username(), "t" + phone.username(), "14.1");
        String key = sync(tablet, "0", List.of(smsWith(null))).syncKey();
        file(phone, MessageData.sms("\"Me\" [MOBILE:+1]", null, Instant.now(), "later"));

        SyncRequest withoutChanges =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        key, INBOX, null, false, null, List.of(), List.of())),
                        null,
                        null,
                        null,
                        false);
        var response = tablet.sync(withoutChanges);
        assertTrue(
                response == null || response.collections().get(0).commands().isEmpty(),
                "GetChanges 0: no server changes");
        SyncCollectionResponse later = sync(tablet, key, List.of());
        assertEquals(1, later.commands().size(), "the change is still there to be sent");
        assertEquals("later", later.commands().get(0).data().body().data());
    }

    @Test
    void anAddOfAClassThisServerDoesNotStoreIsStatus6AndStoresNothing() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        SyncCollectionResponse answer =
                add(
                        phone,
                        List.of(
                                SyncCommand.clientAdd(
                                        "Contacts",
                                        "x1",
                                        MessageData.sms(
                                                "\"Me\" [MOBILE:+1]",
                                                null,
                                                Instant.now(),
                                                "not an SMS")),
                                SyncCommand.clientAdd(
                                        "SMS",
                                        "x2",
                                        MessageData.sms(
                                                "\"Me\" [MOBILE:+1]",
                                                null,
                                                Instant.now(),
                                                "an SMS"))));
        assertEquals(6, answer.responses().get(0).status(), "bad item data");
        assertNull(answer.responses().get(0).serverId());
        assertEquals(1, answer.responses().get(1).status(), "the next Add is not affected");

        EasTestClient viewer = new EasTestClient(phone.username(), "v" + phone.username(), "14.1");
        String viewerKey = sync(viewer, "0", List.of(smsWith(null))).syncKey();
        assertEquals(
                List.of("an SMS"),
                sync(viewer, viewerKey, List.of()).commands().stream()
                        .map(c -> c.data().body().data())
                        .toList(),
                "only the SMS was stored");
    }

    /**
     * MS-ASEMAIL 2.2.2.27 Flag in a client Change (MS-ASCMD 2.2.3.24): a flag set on one device
     * reaches the others with every child, and an empty Flag clears it.
     */
    @Test
    void aFlagChangedOnOneDeviceReachesTheOthersAndAnEmptyFlagClearsIt() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet = new EasTestClient(phone.username(), "t" + phone.username(), "14.1");
        String tabletKey = sync(tablet, "0", List.of(smsWith(null))).syncKey();
        String phoneKey = sync(phone, "0", List.of(smsWith(null))).syncKey();
        SyncCollectionResponse filed =
                phone.sync(
                                EasTestClient.oneCollection(
                                        phoneKey,
                                        INBOX,
                                        null,
                                        List.of(),
                                        List.of(
                                                SyncCommand.clientAdd(
                                                        "SMS",
                                                        "f1",
                                                        MessageData.sms(
                                                                "\"Me\" [MOBILE:+1]",
                                                                null,
                                                                Instant.now(),
                                                                "call me back")))))
                        .collections()
                        .get(0);
        String serverId = filed.responses().get(0).serverId();
        SyncCollectionResponse got = sync(tablet, tabletKey, List.of());
        assertNull(got.commands().get(0).data().flag(), "not flagged yet");

        Flag followUp =
                new Flag(
                        2,
                        "Follow up",
                        null,
                        null,
                        null,
                        "2026-11-25T00:00:00.000Z",
                        "2026-11-26T00:00:00.000Z",
                        "2026-11-24T23:00:00.000Z",
                        "2026-11-25T23:00:00.000Z",
                        0,
                        null,
                        null,
                        null);
        String afterFlag = change(phone, filed.syncKey(), serverId, followUp);
        SyncCollectionResponse flaggedAnswer = sync(tablet, got.syncKey(), List.of());
        SyncCommand flagged = flaggedAnswer.commands().get(0);
        assertEquals(SyncCommand.Type.CHANGE, flagged.type());
        assertEquals(serverId, flagged.serverId());
        assertEquals(followUp, flagged.data().flag());

        change(phone, afterFlag, serverId, Flag.CLEARED);
        SyncCollectionResponse cleared = sync(tablet, flaggedAnswer.syncKey(), List.of());
        Flag now = cleared.commands().get(0).data().flag();
        assertTrue(now == null || now.status() == null, "an empty Flag clears the flag");
    }

    private static String change(EasTestClient client, String key, String serverId, Flag flag) {
        MessageData data =
                new MessageData(
                        null, null, null, null, null, null, null, null, null, null, null, flag,
                        null, null);
        SyncCollectionResponse answer =
                client.sync(
                                EasTestClient.oneCollection(
                                        key,
                                        INBOX,
                                        null,
                                        List.of(),
                                        List.of(SyncCommand.change(null, serverId, data))))
                        .collections()
                        .get(0);
        assertEquals(1, answer.status());
        return answer.syncKey();
    }
}
