package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.foldersync.FolderSyncResponse;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.provision.ProvisionResponse;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.dom.Element;
import org.junit.jupiter.api.Test;

/**
 * MS-ASPROV two-phase provisioning, its enforcement, and FolderSync (MS-ASCMD 2.2.1.5), with
 * provisioning on.
 */
@QuarkusTest
@TestProfile(ProvisionAndFolderSyncTest.ProvisioningRequired.class)
class ProvisionAndFolderSyncTest {

    public static class ProvisioningRequired extends ConfigOverrides {
        public ProvisioningRequired() {
            super("eas.sync.provisioning-required", "true");
        }
    }

    private static Element folderSync(String key) {
        return FolderSyncCodec.encodeRequest(new FolderSyncRequest(key));
    }

    /** Runs both Provision phases and returns the permanent key. */
    static String provision(EasTestClient client) {
        ProvisionResponse offer =
                ProvisionCodec.decodeResponse(
                        EasTestClient.decode(
                                client.post(
                                        "Provision",
                                        ProvisionCodec.encodeRequest(
                                                ProvisionRequest.askingForPolicy(null)))));
        assertEquals(1, offer.status());
        assertEquals(1, offer.policyStatus());
        assertNotNull(offer.settings(), "phase one carries the policy");
        ProvisionResponse accepted =
                ProvisionCodec.decodeResponse(
                        EasTestClient.decode(
                                client.post(
                                        "Provision",
                                        ProvisionCodec.encodeRequest(
                                                ProvisionRequest.acknowledging(
                                                        offer.policyKey())))));
        assertEquals(1, accepted.policyStatus());
        assertNotEquals(offer.policyKey(), accepted.policyKey());
        return accepted.policyKey();
    }

    @Test
    void unprovisionedDevicesGetStatus142From14OnAnd449Before() {
        EasTestClient modern = EasTestClient.newUser("14.1");
        FolderSyncResponse refused =
                FolderSyncCodec.decodeResponse(
                        EasTestClient.decode(modern.post("FolderSync", folderSync("0"))));
        assertEquals(142, refused.status());

        EasTestClient legacy = EasTestClient.newUser("12.1");
        legacy.post("FolderSync", folderSync("0")).then().statusCode(449);
    }

    /**
     * MS-ASPROV 3.2.5.1 for Sync, which checks the policy key inside its own transaction: status
     * 142 (HTTP 449 before 14.0) for a device without the key, and nothing recorded for it.
     */
    @Test
    void syncChecksThePolicyKeyAndRecordsNothingForAnUnprovisionedDevice() throws Exception {
        EasTestClient phone = EasTestClient.newUser("14.1");
        var sync =
                org.eassms.eas.protocol.sync.SyncCodec.encodeRequest(
                        EasTestClient.oneCollection("0", "6", null, List.of(), List.of()));
        assertEquals(142, syncStatus(phone.post("Sync", sync)));
        try (var c = database.getConnection();
                var s = c.prepareStatement("select count(*) from eas_device where device_id = ?")) {
            s.setString(1, phone.deviceId());
            try (var r = s.executeQuery()) {
                r.next();
                assertEquals(0, r.getInt(1), "the refused Sync recorded no device");
            }
        }
        String key = provision(phone);
        phone.policyKey(Long.toString(Long.parseLong(key) + 1));
        assertEquals(142, syncStatus(phone.post("Sync", sync)), "a wrong policy key");
        phone.policyKey(key);
        assertEquals(1, syncStatus(phone.post("Sync", sync)));
        phone.policyKey("1");
        assertEquals(
                142,
                syncStatus(phone.post("Sync", (Element) null)),
                "an empty Sync without the key");

        EasTestClient legacy = EasTestClient.newUser("12.1");
        legacy.post("Sync", sync).then().statusCode(449);
    }

    private static int syncStatus(io.restassured.response.Response response) {
        response.then().statusCode(200);
        var decoded =
                org.eassms.eas.protocol.sync.SyncCodec.decodeResponse(
                        EasTestClient.decode(response));
        return decoded.collections().isEmpty()
                ? decoded.status()
                : decoded.collections().get(0).status();
    }

    @jakarta.inject.Inject javax.sql.DataSource database;

    @Test
    void provisionedDeviceListsTheFiveStandardFolders() {
        EasTestClient client = EasTestClient.newUser("14.1");
        client.policyKey(provision(client));
        FolderSyncResponse response =
                FolderSyncCodec.decodeResponse(
                        EasTestClient.decode(client.post("FolderSync", folderSync("0"))));
        assertEquals(1, response.status());
        assertEquals("1", response.syncKey());
        assertEquals(
                List.of(
                        Folder.INBOX,
                        Folder.DRAFTS,
                        Folder.DELETED_ITEMS,
                        Folder.SENT_ITEMS,
                        Folder.OUTBOX),
                response.added().stream().map(Folder::type).toList());
        assertEquals("Outbox", response.added().get(4).displayName());

        FolderSyncResponse again =
                FolderSyncCodec.decodeResponse(
                        EasTestClient.decode(client.post("FolderSync", folderSync("1"))));
        assertEquals(1, again.status());
        assertTrue(again.added().isEmpty());

        FolderSyncResponse stale =
                FolderSyncCodec.decodeResponse(
                        EasTestClient.decode(client.post("FolderSync", folderSync("7"))));
        assertEquals(9, stale.status());
    }

    @Test
    void aWrongTemporaryKeyIsRefused() {
        EasTestClient client = EasTestClient.newUser("14.1");
        ProvisionResponse response =
                ProvisionCodec.decodeResponse(
                        EasTestClient.decode(
                                client.post(
                                        "Provision",
                                        ProvisionCodec.encodeRequest(
                                                ProvisionRequest.acknowledging("12345")))));
        assertEquals(5, response.policyStatus());
        client.policyKey("12345");
        assertEquals(
                142,
                FolderSyncCodec.decodeResponse(
                                EasTestClient.decode(client.post("FolderSync", folderSync("0"))))
                        .status());
    }

    @Test
    void badInputGetsClearErrorsNot5xx() {
        EasTestClient client = EasTestClient.newUser("14.1");
        client.policyKey(provision(client));
        client.post("FolderSync", new byte[] {3, 1, 0x6A, 0, (byte) 0xC5}, EasTestClient.PASSWORD)
                .then()
                .statusCode(400);
        client.post("FolderSync", new byte[] {1, 2, 3}, EasTestClient.PASSWORD)
                .then()
                .statusCode(400);
        client.post("FolderSync", folderSync("0").toString().getBytes(), "wrong password")
                .then()
                .statusCode(401);
        assertEquals(
                10,
                FolderSyncCodec.decodeResponse(
                                EasTestClient.decode(
                                        client.post("FolderSync", Element.of(AirSync.SYNC))))
                        .status());
        client.post("Search", (Element) null).then().statusCode(501);
        // Not an ActiveSync command at all: the client's mistake, not a missing feature.
        client.post("Seach", (Element) null).then().statusCode(400);
    }
}
