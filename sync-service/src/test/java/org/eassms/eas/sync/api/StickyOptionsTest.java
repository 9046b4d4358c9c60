package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * Sticky options (MS-ASMS 3.1.4.1.1.1) and the Class of server deletions (MS-ASMS 2.2.2.2.1.2), in
 * the Inbox, where SMS and e-mail live side by side.
 */
@QuarkusTest
class StickyOptionsTest {
    private static final String INBOX = "2";
    private static final SyncOptions SMS =
            new SyncOptions("SMS", null, List.of(), null, null, null, null);
    private static final SyncOptions MAIL =
            new SyncOptions(null, null, List.of(), null, null, null, null);

    private static SyncRequest request(
            String key, Integer window, List<SyncOptions> options, List<SyncCommand> commands) {
        return EasTestClient.oneCollection(key, INBOX, window, options, commands);
    }

    private static SyncCollectionResponse sync(
            EasTestClient client, String key, Integer window, List<SyncOptions> options) {
        var response = client.sync(request(key, window, options, List.of()));
        return response == null ? null : response.collections().get(0);
    }

    private static String prime(EasTestClient client, List<SyncOptions> options) {
        return sync(client, "0", null, options).syncKey();
    }

    /** The writer adds SMS to the Inbox, as a phone files received texts; returns ServerIds. */
    private static List<String> addSms(EasTestClient writer, String key, int count) {
        List<SyncCommand> adds = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            adds.add(
                    SyncCommand.clientAdd(
                            "SMS",
                            "c" + i,
                            MessageData.sms(
                                    "\"Me\" [MOBILE:+14255550123]",
                                    "\"Bob\" [MOBILE:+14255550143]",
                                    Instant.now(),
                                    "text " + i)));
        }
        return writer
                .sync(request(key, null, List.of(), adds))
                .collections()
                .get(0)
                .responses()
                .stream()
                .map(SyncCommand::serverId)
                .toList();
    }

    @Test
    void omittingTheSmsBlockSoftDeletesTheSmsAWindowAtATime() {
        EasTestClient reader = EasTestClient.newUser("14.1");
        EasTestClient writer =
                new EasTestClient(reader.username(), "w" + reader.username(), "14.1");
        String key = prime(reader, List.of(SMS, MAIL));
        List<String> added = addSms(writer, prime(writer, List.of(SMS)), 3);

        SyncCollectionResponse got = sync(reader, key, null, List.of());
        assertEquals(3, got.commands().size(), "no Options sent: the sticky SMS block still holds");

        // The client now sends only its e-mail block: SMS are no longer wanted.
        SyncCollectionResponse first = sync(reader, got.syncKey(), 2, List.of(MAIL));
        assertEquals(2, first.commands().size());
        assertTrue(
                first.commands().stream().allMatch(c -> c.type() == SyncCommand.Type.SOFT_DELETE));
        assertTrue(first.moreAvailable(), "WindowSize 2: one more to go");
        assertEquals(
                1,
                reader.estimate(first.syncKey(), INBOX, List.of(MAIL)).estimate(),
                "the estimate counts the soft-delete still to come");
        SyncCollectionResponse rest = sync(reader, first.syncKey(), 2, List.of());
        assertEquals(1, rest.commands().size());
        assertEquals(SyncCommand.Type.SOFT_DELETE, rest.commands().get(0).type());
        assertFalse(rest.moreAvailable());
        assertEquals(
                new java.util.HashSet<>(added),
                new java.util.HashSet<>(
                        List.of(
                                first.commands().get(0).serverId(),
                                first.commands().get(1).serverId(),
                                rest.commands().get(0).serverId())));

        addSms(writer, "2", 1); // the writer's key after its first Add
        assertNull(
                sync(reader, rest.syncKey(), null, List.of()),
                "SMS are no longer sent to this client");
    }

    /** Only what the client was sent is soft-deleted: items its FilterType kept out stay out. */
    @Test
    void theDropSoftDeletesOnlyWhatTheDroppedBlocksFilterLetThrough_MsAsms31412() {
        EasTestClient reader = EasTestClient.newUser("14.1");
        EasTestClient writer =
                new EasTestClient(reader.username(), "w" + reader.username(), "14.1");
        SyncOptions oneWeek = new SyncOptions("SMS", 3, List.of(), null, null, null, null);
        String key = prime(reader, List.of(oneWeek, MAIL));
        String writerKey = prime(writer, List.of(SMS));
        Instant old = Instant.now().minus(java.time.Duration.ofDays(10));
        writer.sync(
                request(
                        writerKey,
                        null,
                        List.of(),
                        List.of(
                                SyncCommand.clientAdd(
                                        "SMS",
                                        "old",
                                        MessageData.sms("\"Me\" [MOBILE:+1]", null, old, "old")),
                                SyncCommand.clientAdd(
                                        "SMS",
                                        "new",
                                        MessageData.sms(
                                                "\"Me\" [MOBILE:+1]",
                                                null,
                                                Instant.now(),
                                                "new")))));
        SyncCollectionResponse got = sync(reader, key, null, List.of());
        assertEquals(1, got.commands().size(), "FilterType 3: the 10-day-old SMS is not sent");
        SyncCollectionResponse dropped = sync(reader, got.syncKey(), null, List.of(MAIL));
        assertEquals(1, dropped.commands().size());
        assertEquals(got.commands().get(0).serverId(), dropped.commands().get(0).serverId());
    }

    @Test
    void aRetriedDropIsAnsweredWithTheSameSoftDeletes() {
        EasTestClient reader = EasTestClient.newUser("14.1");
        EasTestClient writer =
                new EasTestClient(reader.username(), "w" + reader.username(), "14.1");
        String key = prime(reader, List.of(SMS, MAIL));
        addSms(writer, prime(writer, List.of(SMS)), 2);
        String current = sync(reader, key, null, List.of()).syncKey();

        SyncCollectionResponse dropped = sync(reader, current, null, List.of(MAIL));
        SyncCollectionResponse retried = sync(reader, current, null, List.of(MAIL));
        assertEquals(2, dropped.commands().size());
        assertEquals(dropped.syncKey(), retried.syncKey());
        assertEquals(
                dropped.commands().stream().map(SyncCommand::serverId).toList(),
                retried.commands().stream().map(SyncCommand::serverId).toList());
    }

    @Test
    void a140ResponseOmitsClassOnAnSmsDeletionWhile141KeepsIt() {
        EasTestClient writer = EasTestClient.newUser("14.1");
        EasTestClient old = new EasTestClient(writer.username(), "old" + writer.username(), "14.0");
        EasTestClient modern =
                new EasTestClient(writer.username(), "new" + writer.username(), "14.1");
        String writerKey = prime(writer, List.of(SMS));
        String oldKey = prime(old, List.of(SMS));
        String modernKey = prime(modern, List.of(SMS));
        String serverId = addSms(writer, writerKey, 1).get(0);
        oldKey = sync(old, oldKey, null, List.of()).syncKey();
        modernKey = sync(modern, modernKey, null, List.of()).syncKey();

        writer.sync(request("2", null, List.of(), List.of(SyncCommand.delete(null, serverId))));
        SyncCommand oldDelete = sync(old, oldKey, null, List.of()).commands().get(0);
        SyncCommand modernDelete = sync(modern, modernKey, null, List.of()).commands().get(0);
        assertEquals(SyncCommand.Type.DELETE, oldDelete.type());
        assertNull(oldDelete.itemClass(), "14.0: no Class on an SMS deletion");
        assertEquals(serverId, oldDelete.serverId());
        assertEquals("SMS", modernDelete.itemClass());
    }

    /**
     * MS-ASMS 3.1.4.1.1: SMS and e-mail side by side in the Inbox; each class goes only to a client
     * that sent its Options block, and a client with both gets them in the order they changed, a
     * window at a time.
     */
    @Test
    void eachClassGoesOnlyUnderItsOwnBlockAndBothInTheOrderTheyChanged() {
        EasTestClient writer = EasTestClient.newUser("14.1");
        EasTestClient both = new EasTestClient(writer.username(), "b" + writer.username(), "14.1");
        EasTestClient mailOnly =
                new EasTestClient(writer.username(), "m" + writer.username(), "14.1");
        EasTestClient smsOnly =
                new EasTestClient(writer.username(), "s" + writer.username(), "14.1");
        String bothKey = prime(both, List.of(SMS, MAIL));
        String mailKey = prime(mailOnly, List.of(MAIL));
        String smsKey = prime(smsOnly, List.of(SMS));
        List<SyncCommand> adds = new java.util.ArrayList<>();
        for (String text : List.of("mail 1", "sms 1", "mail 2", "sms 2")) {
            adds.add(
                    SyncCommand.clientAdd(
                            text.startsWith("sms") ? "SMS" : null,
                            text,
                            MessageData.sms(
                                    "\"Me\" [MOBILE:+14255550123]",
                                    "\"Bob\" [MOBILE:+14255550143]",
                                    Instant.now(),
                                    text)));
        }
        writer.sync(request(prime(writer, List.of(SMS, MAIL)), null, List.of(), adds));

        SyncCollectionResponse first = sync(both, bothKey, 3, List.of());
        assertEquals(List.of("mail 1", "sms 1", "mail 2"), texts(first));
        assertEquals(
                java.util.Arrays.asList(null, "SMS", null),
                first.commands().stream().map(SyncCommand::itemClass).toList(),
                "Class SMS on SMS Adds only");
        assertTrue(first.moreAvailable());
        assertEquals(List.of("sms 2"), texts(sync(both, first.syncKey(), 3, List.of())));
        assertEquals(List.of("mail 1", "mail 2"), texts(sync(mailOnly, mailKey, null, List.of())));
        assertEquals(List.of("sms 1", "sms 2"), texts(sync(smsOnly, smsKey, null, List.of())));
    }

    private static List<String> texts(SyncCollectionResponse response) {
        return response.commands().stream().map(c -> c.data().body().data()).toList();
    }
}
