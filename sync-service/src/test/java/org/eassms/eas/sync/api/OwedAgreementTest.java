package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: Sync, GetItemEstimate and Ping give one answer to "what is this device owed". For each
 * change a tablet makes in the Outbox, a phone holding the same Options asks all three on the same
 * state: the Ping wakes (status 2) exactly when the estimate counts something and the Sync sends
 * it. (The wait cap of the tests makes a Ping with nothing owed end within seconds, status 1.)
 */
@QuarkusTest
class OwedAgreementTest {
    private static final String OUTBOX = "6";
    private static final SyncOptions SMS_ONE_DAY =
            new SyncOptions("SMS", 1, List.of(), null, null, null, null);
    private static final SyncOptions SMS_ALL =
            new SyncOptions("SMS", null, List.of(), null, null, null, null);
    private static final SyncOptions MAIL =
            new SyncOptions(null, null, List.of(), null, null, null, null);

    /** One phone and the tablet that changes its Outbox, each with its own SyncKey. */
    private static final class Pair {
        final EasTestClient phone = EasTestClient.newUser("14.1");
        final EasTestClient tablet =
                new EasTestClient(phone.username(), "tab" + phone.username(), "14.1");
        final List<SyncOptions> phoneOptions;
        String phoneKey;
        String tabletKey;

        Pair(List<SyncOptions> phoneOptions) {
            this.phoneOptions = phoneOptions;
            phoneKey =
                    phone.sync("0", OUTBOX, null, phoneOptions, List.of())
                            .collections()
                            .get(0)
                            .syncKey();
            tabletKey =
                    tablet.sync("0", OUTBOX, null, List.of(SMS_ALL), List.of())
                            .collections()
                            .get(0)
                            .syncKey();
        }

        /** The tablet's Adds; returns the ServerIds they got. */
        List<String> tabletAdds(SyncCommand... adds) {
            SyncResponse response =
                    tablet.sync(tabletKey, OUTBOX, null, List.of(SMS_ALL), List.of(adds));
            tabletKey = response.collections().get(0).syncKey();
            return response.collections().get(0).responses().stream()
                    .map(SyncCommand::serverId)
                    .toList();
        }

        void tabletDeletes(String serverId) {
            SyncResponse response =
                    tablet.sync(
                            tabletKey,
                            OUTBOX,
                            null,
                            List.of(SMS_ALL),
                            List.of(SyncCommand.delete(null, serverId)));
            tabletKey = response.collections().get(0).syncKey();
        }

        /** Ping, GetItemEstimate and Sync of the phone, in that order, on the same state. */
        void assertAllThreeSay(int owed) {
            PingResponse ping =
                    PingCodec.decodeResponse(
                            EasTestClient.decode(
                                    phone.post(
                                            "Ping",
                                            PingCodec.encodeRequest(
                                                    new PingRequest(
                                                            480,
                                                            List.of(
                                                                    new PingRequest.PingFolder(
                                                                            OUTBOX, "Email")))))));
            int estimate = phone.estimate(phoneKey, OUTBOX, phoneOptions).estimate();
            SyncResponse sync = phone.sync(phoneKey, OUTBOX, null, phoneOptions, List.of());
            int sent = sync == null ? 0 : sync.collections().get(0).commands().size();
            if (sync != null) {
                phoneKey = sync.collections().get(0).syncKey();
            }
            assertEquals(owed, sent, "the Sync sends");
            assertEquals(owed, estimate, "the estimate counts");
            assertEquals(
                    owed > 0 ? 2 : 1, ping.status(), "the Ping wakes only if something is owed");
        }
    }

    private static SyncCommand sms(String clientId, Instant received) {
        return EasTestClient.smsAdd(clientId, clientId, received);
    }

    @Test
    void aNewSmsInTheWindowIsOwedByAllThree() {
        Pair pair = new Pair(List.of(SMS_ONE_DAY));
        pair.tabletAdds(sms("new", Instant.now()));
        pair.assertAllThreeSay(1);
    }

    @Test
    void anSmsOlderThanTheFilterIsOwedByNone() {
        Pair pair = new Pair(List.of(SMS_ONE_DAY));
        pair.tabletAdds(sms("old", Instant.now().minus(Duration.ofDays(3))));
        pair.assertAllThreeSay(0);
    }

    @Test
    void anSmsAddedAndDeletedBeforeThePhoneLookedIsOwedByNone() {
        Pair pair = new Pair(List.of(SMS_ONE_DAY));
        String serverId = pair.tabletAdds(sms("brief", Instant.now())).get(0);
        assertNotNull(serverId);
        pair.tabletDeletes(serverId);
        pair.assertAllThreeSay(0);
    }

    @Test
    void anSmsIsOwedToNoneOfAPhoneThatNeverAskedForSms() {
        Pair pair = new Pair(List.of(MAIL));
        pair.tabletAdds(sms("unasked", Instant.now()));
        pair.assertAllThreeSay(0);
    }

    @Test
    void aDeletionOfAnSmsThePhoneHasIsOwedByAllThree() {
        Pair pair = new Pair(List.of(SMS_ONE_DAY));
        String serverId = pair.tabletAdds(sms("kept", Instant.now())).get(0);
        pair.assertAllThreeSay(1);
        pair.tabletDeletes(serverId);
        pair.assertAllThreeSay(1);
    }
}
