package org.eassms.eas.sync.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.foldersync.FolderSyncResponse;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateRequest;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.junit.jupiter.api.Test;

/**
 * FolderCreate, FolderUpdate, FolderDelete (MS-ASCMD 2.2.1.2-4) and the incremental FolderSync
 * (2.2.1.5) they feed; SMS in user-created mail folders and nowhere else (MS-ASMS 3.1.4.1.1).
 */
@QuarkusTest
class FolderOperationsTest {
    private static final SyncOptions SMS =
            new SyncOptions("SMS", null, List.of(), null, null, null, null);

    private static FolderSyncResponse folderSync(EasTestClient client, String key) {
        return FolderSyncCodec.decodeResponse(
                EasTestClient.decode(
                        client.post(
                                "FolderSync",
                                FolderSyncCodec.encodeRequest(new FolderSyncRequest(key)))));
    }

    private static FolderOperationsCodec.CreateResponse create(
            EasTestClient client, String key, String parent, String name, int type) {
        return FolderOperationsCodec.decodeCreateResponse(
                EasTestClient.decode(
                        client.post(
                                "FolderCreate",
                                FolderOperationsCodec.encode(
                                        new FolderOperationsCodec.CreateRequest(
                                                key, parent, name, type)))));
    }

    private static FolderOperationsCodec.Response update(
            EasTestClient client, String key, String serverId, String parent, String name) {
        return FolderOperationsCodec.decodeResponse(
                FolderHierarchy.FOLDER_UPDATE,
                EasTestClient.decode(
                        client.post(
                                "FolderUpdate",
                                FolderOperationsCodec.encode(
                                        new FolderOperationsCodec.UpdateRequest(
                                                key, serverId, parent, name)))));
    }

    private static FolderOperationsCodec.Response delete(
            EasTestClient client, String key, String serverId) {
        return FolderOperationsCodec.decodeResponse(
                FolderHierarchy.FOLDER_DELETE,
                EasTestClient.decode(
                        client.post(
                                "FolderDelete",
                                FolderOperationsCodec.encode(
                                        new FolderOperationsCodec.DeleteRequest(key, serverId)))));
    }

    @Test
    void aFolderCreatedUpdatedAndDeletedOnOneDeviceReachesTheOthers() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet =
                new EasTestClient(phone.username(), "tab" + phone.username(), "14.1");
        assertEquals("1", folderSync(phone, "0").syncKey());
        assertEquals(5, folderSync(tablet, "0").added().size());

        var created = create(phone, "1", "2", "Family texts", 12);
        assertEquals(1, created.status());
        assertEquals("2", created.syncKey());
        String family = created.serverId();
        assertEquals("7", family, "the first numeric ServerId after the standard 2 to 6");
        assertEquals(2, create(phone, "2", "2", "family TEXTS", 12).status(), "name taken");
        assertEquals(5, create(phone, "2", "99", "Orphans", 12).status(), "no such parent");
        assertEquals(10, create(phone, "2", "0", "Calendar", 8).status(), "not creatable");
        assertEquals(9, create(phone, "1", "0", "Stale", 12).status(), "stale SyncKey");
        assertEquals(
                "2", folderSync(phone, "2").syncKey(), "the creator is not told of its own folder");
        assertTrue(folderSync(phone, "2").added().isEmpty());

        FolderSyncResponse told = folderSync(tablet, "1");
        assertEquals("2", told.syncKey());
        assertEquals(1, told.added().size());
        assertEquals(family, told.added().get(0).serverId());
        assertEquals("2", told.added().get(0).parentId());
        assertEquals("Family texts", told.added().get(0).displayName());
        assertEquals(12, told.added().get(0).type());
        assertEquals(1, folderSync(tablet, "1").added().size(), "a retried key is answered again");

        // SMS live in a user-created mail folder too.
        var first = tablet.sync("0", family, null, List.of(SMS), List.of());
        String key = first.collections().get(0).syncKey();
        var added =
                tablet.sync(
                        key,
                        family,
                        null,
                        List.of(),
                        List.of(
                                SyncCommand.clientAdd(
                                        "SMS",
                                        "c1",
                                        MessageData.sms(
                                                "\"Me\" [MOBILE:+1]",
                                                "\"Mum\" [MOBILE:+2]",
                                                Instant.now(),
                                                "dinner on sunday?"))));
        assertEquals(1, added.collections().get(0).responses().get(0).status());

        assertEquals(1, update(phone, "2", family, "0", "Famille").status());
        FolderSyncResponse renamed = folderSync(tablet, "2");
        assertEquals(1, renamed.updated().size());
        assertEquals("Famille", renamed.updated().get(0).displayName());
        assertEquals("0", renamed.updated().get(0).parentId());

        assertEquals(1, delete(phone, "3", family).status());
        String sms = added.collections().get(0).responses().get(0).serverId();
        assertTrue(itemDeleted(sms), "MS-ASCMD 2.2.1.4: the folder's SMS went with it");
        FolderSyncResponse gone = folderSync(tablet, renamed.syncKey());
        assertEquals(List.of(family), gone.deleted());
        assertEquals(
                12,
                tablet.sync(
                                added.collections().get(0).syncKey(),
                                family,
                                null,
                                List.of(),
                                List.of())
                        .collections()
                        .get(0)
                        .status(),
                "Sync of a deleted collection: the hierarchy changed");
    }

    @Inject RedisDataSource redis;

    @Inject DataSource database;

    /** MS-ASCMD 2.2.1.13: a Ping on a folder another device deletes ends at once with status 7. */
    @Test
    void aPingOnAFolderDeletedElsewhereAsksForAFolderSync() throws Exception {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet =
                new EasTestClient(phone.username(), "tab" + phone.username(), "14.1");
        folderSync(phone, "0");
        folderSync(tablet, "0");
        String family = create(phone, "1", "0", "Family", 12).serverId();
        folderSync(tablet, "1");
        tablet.sync("0", family, null, List.of(SMS), List.of());
        var ping = new PingRequest(480, List.of(new PingRequest.PingFolder(family, "Email")));
        CompletableFuture<PingResponse> answer =
                CompletableFuture.supplyAsync(
                        () ->
                                PingCodec.decodeResponse(
                                        EasTestClient.decode(
                                                tablet.post(
                                                        "Ping", PingCodec.encodeRequest(ping)))));
        String hangKey =
                RedisNames.hangKey(
                        EasTestClient.userId(database, phone.username()), "tab" + phone.username());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> redis.value(String.class).get(hangKey) != null);
        assertEquals(1, delete(phone, "2", family).status());
        assertEquals(
                7,
                answer.get(2, TimeUnit.SECONDS).status(),
                "woken by the deletion (an expiry would be status 1)");
    }

    /**
     * Found by the hostile-input test: two FolderCreates of one user at once drew the same
     * ServerId, and the second failed with HTTP 500. A user's hierarchy changes now go one at a
     * time.
     */
    @Test
    void foldersCreatedAtOnceFromSeveralDevicesGetTheirOwnServerIds() throws Exception {
        EasTestClient first = EasTestClient.newUser("14.1");
        List<EasTestClient> devices = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EasTestClient device =
                    new EasTestClient(first.username(), "dev" + i + first.deviceId(), "14.1");
            folderSync(device, "0");
            devices.add(device);
        }
        List<CompletableFuture<FolderOperationsCodec.CreateResponse>> creates =
                new java.util.ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            EasTestClient device = devices.get(i);
            String name = "Together " + i;
            creates.add(CompletableFuture.supplyAsync(() -> create(device, "1", "0", name, 12)));
        }
        java.util.Set<String> serverIds = new java.util.HashSet<>();
        for (CompletableFuture<FolderOperationsCodec.CreateResponse> create : creates) {
            FolderOperationsCodec.CreateResponse created = create.get(30, TimeUnit.SECONDS);
            assertEquals(1, created.status());
            serverIds.add(created.serverId());
        }
        assertEquals(devices.size(), serverIds.size(), "every folder its own ServerId");
    }

    @Test
    void standardFoldersStayAndUnknownOnesAreReported() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        folderSync(phone, "0");
        assertEquals(3, delete(phone, "1", "2").status(), "the Inbox cannot be deleted");
        assertEquals(3, update(phone, "1", "6", "0", "Out").status(), "nor the Outbox renamed");
        assertEquals(4, delete(phone, "1", "99").status());
        assertEquals(4, update(phone, "1", "99", "0", "x").status());
        assertNull(delete(phone, "1", "99").syncKey(), "a failed change gives no new key");
        assertEquals("1", folderSync(phone, "1").syncKey(), "and changes nothing");
    }

    @Test
    void smsOptionsOnlyInFoldersThatHoldEmail_MsAsms31411() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        folderSync(phone, "0");
        String contacts = create(phone, "1", "0", "Friends", 14).serverId();
        assertEquals(
                4,
                phone.sync("0", contacts, null, List.of(SMS), List.of())
                        .collections()
                        .get(0)
                        .status());
        var estimate =
                GetItemEstimateCodec.decodeResponse(
                        EasTestClient.decode(
                                phone.post(
                                        "GetItemEstimate",
                                        GetItemEstimateCodec.encodeRequest(
                                                new GetItemEstimateRequest(
                                                        List.of(
                                                                new GetItemEstimateRequest
                                                                        .Collection(
                                                                        "1",
                                                                        contacts,
                                                                        null,
                                                                        List.of(SMS),
                                                                        null,
                                                                        null)))))));
        assertEquals(2, estimate.responses().get(0).status());
    }

    private boolean itemDeleted(String serverId) {
        try (var c = database.getConnection();
                var s = c.prepareStatement("select deleted from eas_item where id = ?")) {
            s.setLong(1, Long.parseLong(serverId.substring(serverId.indexOf(':') + 1)));
            try (var r = s.executeQuery()) {
                assertTrue(r.next(), "the item row exists");
                return r.getBoolean(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
