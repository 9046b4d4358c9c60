package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.eas.EasDevice;
import org.junit.jupiter.api.Test;

/**
 * A phone and a tablet of one user, driven by the EAS client the phone simulator and the end-to-end
 * tests use (test-support): the phone provisions, learns its folders and files its SMS history in
 * the Inbox; the tablet, asking for SMS, is told how many there are and reads them.
 */
@QuarkusTest
class PhoneSessionTest {
    @TestHTTPResource("/")
    URL server;

    private EasDevice device(String user, String deviceId, String type) throws Exception {
        EasDevice device = EasTestClient.device(server, user, deviceId, type);
        device.prime(Folder.INBOX);
        return device;
    }

    @Test
    void aPhonesHistoryReachesItsTablet() throws Exception {
        String user = EasTestClient.newUser("14.1").username();
        EasDevice phone = device(user, "phone" + user, "Android");
        List<String> filed =
                phone.addSms(
                        Folder.INBOX,
                        List.of(
                                MessageData.sms(
                                        "\"Bob\" [MOBILE:+1]", null, Instant.now(), "first"),
                                MessageData.sms(
                                        "\"Bob\" [MOBILE:+1]", null, Instant.now(), "second")));
        assertEquals(2, filed.size());

        EasDevice tablet = device(user, "tablet" + user, "iPad");
        assertEquals(2, tablet.estimate(Folder.INBOX, List.of(EasDevice.SMS_OPTIONS)).estimate());
        SyncCollectionResponse read = tablet.sync(tablet.folder(Folder.INBOX), List.of(), null);

        assertEquals(filed, read.commands().stream().map(SyncCommand::serverId).toList());
        for (SyncCommand add : read.commands()) {
            assertEquals(SyncCommand.Type.ADD, add.type());
            assertEquals(ItemClass.SMS.text(), add.itemClass());
        }
    }
}
