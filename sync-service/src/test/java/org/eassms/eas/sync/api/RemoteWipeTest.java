package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.provision.ProvisionResponse;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.wbxml.codepage.Provision;
import org.eassms.eas.wbxml.dom.Element;
import org.junit.jupiter.api.Test;

/**
 * Clear-MobileDevice (MS-ASPROV 3.2.5.1.2): an administrator asks; the device's next command is
 * refused until it provisions; its Provision is answered with the RemoteWipe directive instead of a
 * policy; its acknowledgement is recorded; and it is never given a policy again.
 */
@QuarkusTest
@TestProfile(ProvisionAndFolderSyncTest.ProvisioningRequired.class)
class RemoteWipeTest {
    @Inject DataSource database;

    private static int folderSyncStatus(EasTestClient phone) {
        return FolderSyncCodec.decodeResponse(
                        EasTestClient.decode(
                                phone.post(
                                        "FolderSync",
                                        FolderSyncCodec.encodeRequest(new FolderSyncRequest("0")))))
                .status();
    }

    private static ProvisionResponse provision(EasTestClient phone, Element request) {
        return ProvisionCodec.decodeResponse(
                EasTestClient.decode(phone.post("Provision", request)));
    }

    @Test
    void aWipedDeviceIsToldAtItsNextProvisionAndNeverGetsAPolicyAgain() throws Exception {
        EasTestClient phone = EasTestClient.newUser("14.1");
        phone.policyKey(ProvisionAndFolderSyncTest.provision(phone));
        assertEquals(1, folderSyncStatus(phone));

        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .post("/admin/users/" + phone.username() + "/devices/" + phone.deviceId() + "/wipe")
                .then()
                .statusCode(204);

        assertEquals(142, folderSyncStatus(phone), "its policy key is gone: provision first");
        ProvisionResponse told =
                provision(
                        phone,
                        ProvisionCodec.encodeRequest(ProvisionRequest.askingForPolicy(null)));
        assertTrue(told.remoteWipe());
        assertNull(told.policyKey(), "no policy for a device to be wiped");
        assertTrue(
                provision(phone, Element.of(Provision.PROVISION)).remoteWipe(), "empty Provision");

        ProvisionResponse acknowledged =
                provision(
                        phone,
                        ProvisionCodec.encodeRequest(
                                new ProvisionRequest(null, null, null, null, 1)));
        assertEquals(1, acknowledged.status());

        ProvisionResponse again =
                provision(
                        phone,
                        ProvisionCodec.encodeRequest(ProvisionRequest.askingForPolicy(null)));
        assertTrue(again.remoteWipe());
        assertNull(again.policyKey());
        assertEquals(142, folderSyncStatus(phone), "still refused");

        try (var connection = database.getConnection();
                var query =
                        connection.prepareStatement(
                                "select string_agg(action, ',' order by id) from eas_admin_audit"
                                        + " where username = ?")) {
            query.setString(1, phone.username());
            try (var rows = query.executeQuery()) {
                rows.next();
                assertEquals("create-user,request-wipe,wipe-acknowledged", rows.getString(1));
            }
        }
    }

    @Test
    void aDeviceNotAskedToWipeGetsItsPolicyAndAnEmptyProvisionIsAMistake() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        phone.policyKey(ProvisionAndFolderSyncTest.provision(phone));
        ProvisionResponse empty = provision(phone, Element.of(Provision.PROVISION));
        assertFalse(empty.remoteWipe());
        assertEquals(2, empty.status());
        assertEquals(1, folderSyncStatus(phone), "nothing changed");
    }
}
