package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/sms} and friends: an SMS from a web page enters the Outbox like a Sync Add
 * would.
 */
@QuarkusTest
class SmsResourceTest {

    private static SyncResponse syncOutbox(
            EasTestClient phone, String key, List<SyncCommand> commands) {
        return SyncCodec.decodeResponse(EasTestClient.decode(phone.syncOutbox(key, commands)));
    }

    @Test
    void anSmsPostedOverJsonReachesThePhoneAndIsHandedOver() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        String key = syncOutbox(phone, "0", List.of()).collections().get(0).syncKey();
        String auth = EasTestClient.basic(phone.username(), EasTestClient.PASSWORD);

        int id =
                given().header("Authorization", auth)
                        .contentType("application/json")
                        .body(Map.of("to", "+14255550143", "body", "Meet at 6? 🍕"))
                        .post("/api/sms")
                        .then()
                        .statusCode(201)
                        .header("Location", startsWith("http"))
                        .body("status", is("queued"))
                        .extract()
                        .path("id");
        given().header("Authorization", auth)
                .get("/api/sms/" + id)
                .then()
                .statusCode(200)
                .body("status", is("queued"));

        SyncResponse received = syncOutbox(phone, key, List.of());
        SyncCommand add = received.collections().get(0).commands().get(0);
        assertEquals("Meet at 6? 🍕", add.data().body().data());
        assertEquals("\"+14255550143\" [MOBILE:+14255550143]", add.data().to());

        syncOutbox(
                phone,
                received.collections().get(0).syncKey(),
                List.of(SyncCommand.delete(null, add.serverId())));
        given().header("Authorization", auth)
                .get("/api/sms/" + id)
                .then()
                .body("status", is("handed-over"));
    }

    @Test
    void oneUserCannotSeeAnothersSms() {
        EasTestClient alice = EasTestClient.newUser("14.1");
        EasTestClient mallory = EasTestClient.newUser("14.1");
        int id =
                given().header(
                                "Authorization",
                                EasTestClient.basic(alice.username(), EasTestClient.PASSWORD))
                        .contentType("application/json")
                        .body(Map.of("to", "+14255550143", "body", "private"))
                        .post("/api/sms")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        given().header(
                        "Authorization",
                        EasTestClient.basic(mallory.username(), EasTestClient.PASSWORD))
                .get("/api/sms/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void badRequestsAreRefused() {
        EasTestClient user = EasTestClient.newUser("14.1");
        String auth = EasTestClient.basic(user.username(), EasTestClient.PASSWORD);
        given().header("Authorization", auth)
                .contentType("application/json")
                .body(Map.of("to", "call me", "body", ""))
                .post("/api/sms")
                .then()
                .statusCode(400)
                .body("errors.size()", is(2));
        given().header("Authorization", EasTestClient.basic(user.username(), "nope"))
                .contentType("application/json")
                .body(Map.of("to", "+14255550143", "body", "x"))
                .post("/api/sms")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        given().contentType("application/json")
                .body(Map.of("to", "+1425", "body", "x"))
                .post("/api/sms")
                .then()
                .statusCode(401);
    }

    @Test
    void settingsAnswersServerUnavailableWhenSettingsServiceIsDown() {
        // In this module's tests settings-service is not running (its URL is a closed port).
        EasTestClient phone = EasTestClient.newUser("14.1");
        var response =
                SettingsCodec.decodeResponse(
                        EasTestClient.decode(
                                phone.post(
                                        "Settings",
                                        SettingsCodec.encodeRequest(
                                                new SettingsRequest(
                                                        new DeviceInformation(
                                                                null, null, null, null, null, "+1",
                                                                null, 1, null),
                                                        false,
                                                        null)))));
        assertEquals(4, response.status());
        given().header(
                        "Authorization",
                        EasTestClient.basic(phone.username(), EasTestClient.PASSWORD))
                .get("/api/sms/devices")
                .then()
                .statusCode(503);
    }

    /** Issue 10: what Jackson cannot read is the client's mistake, answered 400, never 500. */
    @Test
    void jsonTheCallCannotReadIs400() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        String auth = EasTestClient.basic(phone.username(), EasTestClient.PASSWORD);
        for (String body :
                new String[] {
                    "{\"to\":\"+14255550143\",\"to\":\"+14255550144\",\"body\":\"twice\"}",
                    "{\"to\":\"+14255550143\",\"body\":",
                    "{\"to\":[1,2],\"body\":\"x\"}",
                    "{\"to\":14255550143,\"body\":\"a number is not a phone number\"}",
                    "{\"to\":\"+14255550143\",\"body\":\"x\"} and more",
                    "{\"to\":\"+14255550143\",\"body\":\"half a pair \\ud83d\"}"
                }) {
            given().header("Authorization", auth)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/sms")
                    .then()
                    .statusCode(400);
        }
    }

    /**
     * Issue 10: the API's bodies are small and flat; megabytes of unknown fields or a deep nesting
     * are refused with 413 by the parser, before anything else reads them.
     */
    @Test
    void aBodyTooLargeOrTooDeepIs413() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        String auth = EasTestClient.basic(phone.username(), EasTestClient.PASSWORD);
        String padding = "x".repeat(70 * 1024);
        String deep = "[".repeat(40) + "]".repeat(40);
        for (String body :
                new String[] {
                    "{\"to\":\"+14255550143\",\"body\":\"x\",\"unknown\":\"" + padding + "\"}",
                    "{\"to\":\"+14255550143\",\"body\":\"x\",\"unknown\":" + deep + "}"
                }) {
            given().header("Authorization", auth)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/sms")
                    .then()
                    .statusCode(413);
        }
    }

    /** Issue 10: the constraints of the request record, each named in the 400. */
    @Test
    void everyBrokenFieldIsNamed() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        given().header(
                        "Authorization",
                        EasTestClient.basic(phone.username(), EasTestClient.PASSWORD))
                .contentType("application/json")
                .body("{\"body\":\"" + "y".repeat(1601) + "\"}")
                .post("/api/sms")
                .then()
                .statusCode(400)
                .body(
                        "errors",
                        org.hamcrest.Matchers.contains(
                                "body: 1-1600 characters",
                                "to: a phone number such as +14255550143"));
    }

    /** Issue 10: a NUL in the login is no login (it used to reach PostgreSQL and fail with 500). */
    @Test
    void aLoginWithANulIs401() {
        given().header("Authorization", EasTestClient.basic("ali\u0000ce", "whatever"))
                .get("/api/sms/devices")
                .then()
                .statusCode(401);
    }

    /**
     * Issue 10: a login nobody has costs a bcrypt check like a wrong password does, so its answer
     * does not come sooner and tell a stranger which accounts exist.
     */
    @Test
    void anUnknownLoginIsCheckedLikeAWrongPassword() {
        double before = bcryptChecks();
        given().header("Authorization", EasTestClient.basic("nobody-" + System.nanoTime(), "x"))
                .get("/api/sms/devices")
                .then()
                .statusCode(401);
        assertEquals(before + 1, bcryptChecks());
    }

    private static double bcryptChecks() {
        return EasTestClient.metric("eas_bcrypt_checks_total");
    }
}
