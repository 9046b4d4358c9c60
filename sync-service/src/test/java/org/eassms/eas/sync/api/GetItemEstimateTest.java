package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateResponse;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/** GetItemEstimate (MS-ASCMD 2.2.1.9, MS-ASMS 3.1.4.2 and 3.2.5.2) on real PostgreSQL. */
@QuarkusTest
class GetItemEstimateTest {
    private static final String OUTBOX = "6";
    private static final SyncOptions SMS =
            new SyncOptions("SMS", null, List.of(), null, null, null, null);
    private static final SyncOptions MAIL =
            new SyncOptions(null, null, List.of(), null, null, null, null);

    private static GetItemEstimateResponse.Entry estimate(
            EasTestClient client, String key, String collectionId, List<SyncOptions> options) {
        return client.estimate(key, collectionId, options);
    }

    private static String keyOf(io.restassured.response.Response response, String previous) {
        return response.asByteArray().length == 0
                ? previous
                : SyncCodec.decodeResponse(EasTestClient.decode(response))
                        .collections()
                        .get(0)
                        .syncKey();
    }

    /** A reader primed on the Outbox with an SMS block, and three SMS added by another device. */
    private record Setup(EasTestClient reader, String readerKey) {}

    private static Setup readerWithThreeNewSms() {
        EasTestClient reader = EasTestClient.newUser("14.1");
        EasTestClient writer =
                new EasTestClient(reader.username(), "w" + reader.username(), "14.1");
        String readerKey = keyOf(reader.syncOutbox("0", List.of()), "0");
        String writerKey = keyOf(writer.syncOutbox("0", List.of()), "0");
        Instant now = Instant.now();
        writer.syncOutbox(
                writerKey,
                List.of(
                        add("c1", now),
                        add("c2", now.minus(Duration.ofHours(1))),
                        add("c3", now.minus(Duration.ofDays(10)))));
        return new Setup(reader, readerKey);
    }

    private static SyncCommand add(String clientId, Instant received) {
        return SyncCommand.clientAdd(
                "SMS",
                clientId,
                MessageData.sms("\"Bob\" [MOBILE:+14255550143]", null, received, clientId));
    }

    @Test
    void smsChangesCountOnlyUnderAnSmsOptionsBlock_MsAsms3252() {
        Setup s = readerWithThreeNewSms();
        var sms = estimate(s.reader(), s.readerKey(), OUTBOX, List.of(SMS));
        assertEquals(1, sms.status());
        assertEquals(OUTBOX, sms.collectionId());
        assertEquals(3, sms.estimate());
        assertEquals(
                0,
                estimate(s.reader(), s.readerKey(), OUTBOX, List.of()).estimate(),
                "no Options block: the folder's default class only");
        assertEquals(0, estimate(s.reader(), s.readerKey(), OUTBOX, List.of(MAIL)).estimate());
        assertEquals(
                3,
                estimate(s.reader(), s.readerKey(), OUTBOX, List.of(SMS, MAIL)).estimate(),
                "MS-ASMS 3.1.4.2: one block for the default class and one for SMS");
    }

    @Test
    void filterTypeAppliesToSmsByDateReceived_MsAsms31412() {
        Setup s = readerWithThreeNewSms();
        var oneWeek = new SyncOptions("SMS", 3, List.of(), null, null, null, null);
        assertEquals(2, estimate(s.reader(), s.readerKey(), OUTBOX, List.of(oneWeek)).estimate());
        var oneDay = new SyncOptions("SMS", 1, List.of(), null, null, null, null);
        assertEquals(2, estimate(s.reader(), s.readerKey(), OUTBOX, List.of(oneDay)).estimate());
        var all = new SyncOptions("SMS", 0, List.of(), null, null, null, null);
        assertEquals(3, estimate(s.reader(), s.readerKey(), OUTBOX, List.of(all)).estimate());
    }

    @Test
    void theEstimateFallsToZeroOnceSyncedAndTheKeyDoesNotMove_MsAscmd221812() {
        Setup s = readerWithThreeNewSms();
        assertEquals(3, estimate(s.reader(), s.readerKey(), OUTBOX, List.of(SMS)).estimate());
        assertEquals(
                3,
                estimate(s.reader(), s.readerKey(), OUTBOX, List.of(SMS)).estimate(),
                "GetItemEstimate does not advance the SyncKey");
        String next = keyOf(s.reader().syncOutbox(s.readerKey(), List.of()), s.readerKey());
        assertEquals(0, estimate(s.reader(), next, OUTBOX, List.of(SMS)).estimate());
    }

    @Test
    void statusesOfMsAscmd2231776() {
        Setup s = readerWithThreeNewSms();
        assertEquals(
                3,
                estimate(s.reader(), "0", OUTBOX, List.of(SMS)).status(),
                "SyncKey 0: sync state not primed");
        assertEquals(
                3,
                estimate(s.reader(), "1", "5", List.of(SMS)).status(),
                "Sent Items was never synced by this device");
        assertEquals(4, estimate(s.reader(), "99", OUTBOX, List.of(SMS)).status());
        assertEquals(2, estimate(s.reader(), "1", "999", List.of(SMS)).status());
        assertEquals(
                2,
                estimate(s.reader(), s.readerKey(), OUTBOX, List.of(SMS, MAIL, SMS)).status(),
                "three Options blocks");
        var contacts = new SyncOptions("Contacts", null, List.of(), null, null, null, null);
        assertEquals(2, estimate(s.reader(), s.readerKey(), OUTBOX, List.of(contacts)).status());
    }

    @Test
    void garbageIsRefusedWithoutA5xx() {
        EasTestClient client = EasTestClient.newUser("14.1");
        assertEquals(
                400,
                client.post("GetItemEstimate", (org.eassms.eas.wbxml.dom.Element) null)
                        .statusCode());
        assertEquals(
                400,
                client.post(
                                "GetItemEstimate",
                                org.eassms.eas.wbxml.dom.Element.of(
                                        org.eassms.eas.wbxml.codepage.GetItemEstimate
                                                .GET_ITEM_ESTIMATE))
                        .statusCode());
    }
}
