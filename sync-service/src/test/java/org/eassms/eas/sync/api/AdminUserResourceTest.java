package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncStatus;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminUserResourceTest {

    private static Map<String, String> user(String name) {
        return Map.of(
                "username", name, "password", "s3cret-passw0rd", "email", name + "@example.org");
    }

    private static String uniqueName() {
        return "a" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAUserOnceThenConflicts() {
        String name = uniqueName();
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .contentType("application/json")
                .body(user(name))
                .post("/admin/users")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"));
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .contentType("application/json")
                .body(user(name))
                .post("/admin/users")
                .then()
                .statusCode(409);
    }

    /**
     * Issue 10: phones log in with the name or the address, so neither may belong to two accounts,
     * in any case.
     */
    @Test
    void aNameOrAnAddressTakenInAnotherCaseConflicts() {
        String name = uniqueName();
        assertEquals(201, create(user(name)));
        assertEquals(409, create(user(name.toUpperCase(java.util.Locale.ROOT))));
        assertEquals(
                409,
                create(
                        Map.of(
                                "username",
                                uniqueName(),
                                "password",
                                "s3cret-passw0rd",
                                "email",
                                name.toUpperCase(java.util.Locale.ROOT) + "@EXAMPLE.org")));
        assertEquals(201, create(user(uniqueName())), "another name and address are free");
    }

    private static int create(Map<String, String> user) {
        return given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .contentType("application/json")
                .body(user)
                .post("/admin/users")
                .statusCode();
    }

    @Test
    void rejectsInvalidUsers() {
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .contentType("application/json")
                .body(Map.of("username", "bad name!", "password", "short", "email", "nope"))
                .post("/admin/users")
                .then()
                .statusCode(400)
                .body("errors.size()", org.hamcrest.Matchers.is(3));
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .contentType("application/json")
                .body("{not json")
                .post("/admin/users")
                .then()
                .statusCode(400);
    }

    @Test
    void requiresTheAdminToken() {
        given().contentType("application/json")
                .body(user(uniqueName()))
                .post("/admin/users")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer wrong")
                .contentType("application/json")
                .body(user(uniqueName()))
                .post("/admin/users")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer wrong")
                .delete("/admin/users/anyone")
                .then()
                .statusCode(401);
    }

    @Test
    void deletesAUserWhoThenCannotLogIn() {
        EasTestClient client = EasTestClient.newUser("14.1");
        client.post(
                        "FolderSync",
                        org.eassms.eas.protocol.foldersync.FolderSyncCodec.encodeRequest(
                                new org.eassms.eas.protocol.foldersync.FolderSyncRequest("0")))
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .delete("/admin/users/" + client.username())
                .then()
                .statusCode(204);
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .delete("/admin/users/" + client.username())
                .then()
                .statusCode(404);
        client.post(
                        "FolderSync",
                        org.eassms.eas.protocol.foldersync.FolderSyncCodec.encodeRequest(
                                new org.eassms.eas.protocol.foldersync.FolderSyncRequest("0")))
                .then()
                .statusCode(401);
    }

    @Test
    void optionsAdvertisesVersionsAndCommands() {
        given().options("/Microsoft-Server-ActiveSync")
                .then()
                .statusCode(200)
                .header("MS-ASProtocolVersions", "12.1,14.0,14.1")
                .header("MS-ASProtocolCommands", org.hamcrest.Matchers.containsString("FolderSync"))
                .header("MS-ASProtocolCommands", org.hamcrest.Matchers.containsString("Provision"));
    }

    @Inject RedisDataSource redis;

    @Inject DataSource database;

    /**
     * Get-MobileDevice: the user's devices in the order they first came, each with its type, its
     * provisioning, when it was last seen and whether a request of it hangs on some replica (its
     * Redis registration); the SMS transport is unknown here, where settings-service is not
     * running.
     */
    @Test
    void listsAUsersDevicesAndWhichOneHangs() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet =
                new EasTestClient(phone.username(), "tab" + phone.deviceId(), "14.1");
        for (EasTestClient device : List.of(phone, tablet)) {
            device.post("FolderSync", FolderSyncCodec.encodeRequest(new FolderSyncRequest("0")))
                    .then()
                    .statusCode(200);
        }
        long userId = EasTestClient.userId(database, phone.username());
        redis.value(String.class).setex(RedisNames.hangKey(userId, phone.deviceId()), 60, "r1");

        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .get("/admin/users/" + phone.username() + "/devices")
                .then()
                .statusCode(200)
                .body("deviceId", contains(phone.deviceId(), tablet.deviceId()))
                .body("hangingNow", contains(true, false))
                .body("lastSeenAt", everyItem(notNullValue()))
                .body("deviceType", everyItem(notNullValue()))
                .body("smsTransport", everyItem(nullValue()));
    }

    @Test
    void devicesNeedTheTokenAndAUserThatExists() {
        given().get("/admin/users/nobody/devices").then().statusCode(401);
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .get("/admin/users/" + uniqueName() + "/devices")
                .then()
                .statusCode(404);
    }

    /** A device that has synced its Outbox (SyncKey 1). */
    private static EasTestClient syncedPhone() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        var primed = phone.sync("0", "6", null, List.of(SyncOptions.sms(null, null)), List.of());
        assertEquals("1", primed.collections().get(0).syncKey());
        return phone;
    }

    /** The status of a Sync of the Outbox at SyncKey 1; an empty answer: the key holds, no news. */
    private static int outboxSyncStatus(EasTestClient phone) {
        var answer = phone.sync("1", "6", null, List.of(), List.of());
        return answer == null ? SyncStatus.SUCCESS.code() : answer.collections().get(0).status();
    }

    private List<String> auditOf(String username) throws Exception {
        try (var connection = database.getConnection();
                var query =
                        connection.prepareStatement(
                                "select action || ' ' || coalesce(device_id, '-') || ' '"
                                        + " || actor from eas_admin_audit where username = ?"
                                        + " order by id")) {
            query.setString(1, username);
            List<String> rows = new java.util.ArrayList<>();
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    @Test
    void aRemovedPartnershipStartsOverAndIsAudited() throws Exception {
        EasTestClient phone = syncedPhone();
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .delete("/admin/users/" + phone.username() + "/devices/" + phone.deviceId())
                .then()
                .statusCode(204);

        assertEquals(SyncStatus.INVALID_SYNC_KEY.code(), outboxSyncStatus(phone));
        List<String> audit = auditOf(phone.username());
        assertEquals(2, audit.size(), audit.toString());
        assertTrue(audit.get(0).startsWith("create-user - admin-token@"), audit.get(0));
        assertTrue(
                audit.get(1).startsWith("remove-partnership " + phone.deviceId() + " admin-token@"),
                audit.get(1));
    }

    @Test
    void aForcedResyncMakesTheDeviceFetchEverythingAgain() throws Exception {
        EasTestClient phone = syncedPhone();
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .post(
                        "/admin/users/"
                                + phone.username()
                                + "/devices/"
                                + phone.deviceId()
                                + "/resync")
                .then()
                .statusCode(204);

        assertEquals(SyncStatus.INVALID_SYNC_KEY.code(), outboxSyncStatus(phone));
        assertTrue(auditOf(phone.username()).get(1).startsWith("resync " + phone.deviceId()));
    }

    @Test
    void deviceActionsNeedTheTokenAndADeviceThatExists() {
        EasTestClient phone = syncedPhone();
        String device = "/admin/users/" + phone.username() + "/devices/";
        given().delete(device + phone.deviceId()).then().statusCode(401);
        given().post(device + phone.deviceId() + "/resync").then().statusCode(401);
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .delete(device + "no-such-device")
                .then()
                .statusCode(404);
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .post("/admin/users/" + uniqueName() + "/devices/x/resync")
                .then()
                .statusCode(404);
        assertEquals(1, outboxSyncStatus(phone), "a refused action changed nothing");
    }
}
