package org.eassms.eas.sync.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * FilterType over time (MS-ASCMD 2.2.3.68.2 and 2.2.3.172 SoftDelete, MS-ASMS 3.1.4.1.1.2): SMS
 * that fall out of a device's filter window are soft-deleted from its view, a narrower FilterType
 * soft-deletes what it no longer covers, and a wider one adds the older SMS it now covers.
 */
@QuarkusTest
class FilterWindowTest {
    private static final String INBOX = "2";

    private static SyncOptions sms(int filterType) {
        return new SyncOptions("SMS", filterType, List.of(), null, null, null, null);
    }

    private static SyncCollectionResponse sync(
            EasTestClient client,
            String key,
            Integer window,
            List<SyncOptions> options,
            List<SyncCommand> commands) {
        var response =
                client.sync(EasTestClient.oneCollection(key, INBOX, window, options, commands));
        return response == null ? null : response.collections().get(0);
    }

    /** A phone files SMS received at the given times in the Inbox; their ServerIds by text. */
    private static Map<String, String> file(EasTestClient phone, Map<String, Instant> received) {
        String key = sync(phone, "0", null, List.of(sms(0)), List.of()).syncKey();
        List<SyncCommand> adds = new ArrayList<>();
        for (var text : received.keySet()) {
            adds.add(
                    SyncCommand.clientAdd(
                            "SMS",
                            text,
                            MessageData.sms(
                                    "\"Me\" [MOBILE:+14255550123]",
                                    "\"Bob\" [MOBILE:+14255550143]",
                                    received.get(text),
                                    text)));
        }
        Map<String, String> serverIds = new LinkedHashMap<>();
        for (SyncCommand response : sync(phone, key, null, List.of(), adds).responses()) {
            assertEquals(1, response.status());
            serverIds.put(response.clientId(), response.serverId());
        }
        return serverIds;
    }

    private static List<String> texts(SyncCollectionResponse response, SyncCommand.Type type) {
        return response.commands().stream()
                .filter(c -> c.type() == type)
                .map(c -> c.data().body().data())
                .toList();
    }

    private static List<String> softDeleted(SyncCollectionResponse response) {
        assertTrue(
                response.commands().stream()
                        .allMatch(c -> c.type() == SyncCommand.Type.SOFT_DELETE),
                "only SoftDeletes");
        return response.commands().stream().map(SyncCommand::serverId).toList();
    }

    @Test
    void anSmsThatAgesOutOfTheWindowIsSoftDeleted() {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = new EasTestClient(tablet.username(), "p" + tablet.username(), "14.1");
        Instant leavesSoon = Instant.now().minus(Duration.ofDays(1)).plusSeconds(8);
        Map<String, Instant> received = new LinkedHashMap<>();
        received.put("two days old", Instant.now().minus(Duration.ofDays(2)));
        received.put("about to leave", leavesSoon);
        received.put("an hour old", Instant.now().minus(Duration.ofHours(1)));
        Map<String, String> ids = file(phone, received);

        String key = sync(tablet, "0", null, List.of(sms(1)), List.of()).syncKey();
        SyncCollectionResponse first = sync(tablet, key, null, List.of(), List.of());
        assertEquals(
                List.of("about to leave", "an hour old"),
                texts(first, SyncCommand.Type.ADD),
                "FilterType 1: the last day only");

        // The clock has to pass the SMS's day in the window: a real wait of a few seconds (eight
        // from filing, which leaves room for a slow first request).
        Instant leaves = leavesSoon.plus(Duration.ofDays(1)).plusMillis(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> Instant.now().isAfter(leaves));
        assertEquals(
                1,
                tablet.estimate(first.syncKey(), INBOX, List.of(sms(1))).estimate(),
                "MS-ASCMD 2.2.1.9: the estimate counts the soft-delete the next Sync owes");
        SyncCollectionResponse aged = sync(tablet, first.syncKey(), null, List.of(), List.of());
        assertEquals(List.of(ids.get("about to leave")), softDeleted(aged));
        assertFalse(aged.moreAvailable());

        SyncCollectionResponse retried = sync(tablet, first.syncKey(), null, List.of(), List.of());
        assertEquals(softDeleted(aged), softDeleted(retried), "a retry is answered the same");
        assertEquals(aged.syncKey(), retried.syncKey());

        assertNull(
                sync(tablet, retried.syncKey(), null, List.of(), List.of()),
                "soft-deleted once, then nothing to tell");
    }

    @Test
    void aNarrowerFilterSoftDeletesAndAWiderOneAddsAWindowAtATime() {
        EasTestClient tablet = EasTestClient.newUser("14.1");
        EasTestClient phone = new EasTestClient(tablet.username(), "p" + tablet.username(), "14.1");
        Instant now = Instant.now();
        Map<String, Instant> received = new LinkedHashMap<>();
        received.put("2 days", now.minus(Duration.ofDays(2)));
        received.put("5 days", now.minus(Duration.ofDays(5)));
        received.put("1 hour", now.minus(Duration.ofHours(1)));
        received.put("10 days", now.minus(Duration.ofDays(10)));
        Map<String, String> ids = file(phone, received);

        String key = sync(tablet, "0", null, List.of(sms(1)), List.of()).syncKey();
        SyncCollectionResponse oneDay = sync(tablet, key, null, List.of(), List.of());
        assertEquals(List.of("1 hour"), texts(oneDay, SyncCommand.Type.ADD));

        SyncCollectionResponse oneWeek =
                sync(tablet, oneDay.syncKey(), null, List.of(sms(3)), List.of());
        assertEquals(
                List.of("2 days", "5 days"),
                texts(oneWeek, SyncCommand.Type.ADD),
                "FilterType 3 adds the week's older SMS, newest first");

        assertEquals(
                1,
                tablet.estimate(oneWeek.syncKey(), INBOX, List.of(sms(2))).estimate(),
                "asked with FilterType 2, the estimate counts what it would soft-delete");
        assertEquals(
                1,
                tablet.estimate(oneWeek.syncKey(), INBOX, List.of(sms(0))).estimate(),
                "asked with FilterType 0, what it would add: the SMS older than the week");
        SyncCollectionResponse threeDays =
                sync(tablet, oneWeek.syncKey(), null, List.of(sms(2)), List.of());
        assertEquals(List.of(ids.get("5 days")), softDeleted(threeDays));

        SyncCollectionResponse all1 =
                sync(tablet, threeDays.syncKey(), 1, List.of(sms(0)), List.of());
        assertEquals(List.of("5 days"), texts(all1, SyncCommand.Type.ADD));
        assertTrue(all1.moreAvailable(), "WindowSize 1: one more to add");
        SyncCollectionResponse all2 = sync(tablet, all1.syncKey(), 1, List.of(), List.of());
        assertEquals(List.of("10 days"), texts(all2, SyncCommand.Type.ADD));

        SyncCollectionResponse after = sync(tablet, all2.syncKey(), 1, List.of(), List.of());
        assertTrue(after == null || after.commands().isEmpty(), "every SMS was sent exactly once");
    }
}
