package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.provision.PolicySetting;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.provision.ProvisionResponse;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.wbxml.codepage.Provision;
import org.junit.jupiter.api.Test;

/**
 * AllowTextMessaging (MS-ASPROV 2.2.2.16) as a per-user setting: off, the Provision policy says 0,
 * no SMS item reaches the user's devices, and none enters the Outbox (Sync Add status 6, the JSON
 * API 403); on again, SMS flow as before.
 */
@QuarkusTest
class TextMessagingPolicyTest {
    private static final String INBOX = "2";
    private static final List<SyncOptions> SMS =
            List.of(new SyncOptions("SMS", null, List.of(), null, null, null, null));

    private static void allow(String username, Object allowed, int expected) {
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .contentType("application/json")
                .body(allowed == null ? Map.of() : Map.of("allowed", allowed))
                .put("/admin/users/" + username + "/text-messaging")
                .then()
                .statusCode(expected);
    }

    private static String offeredTextMessaging(EasTestClient device) {
        ProvisionResponse offer =
                ProvisionCodec.decodeResponse(
                        EasTestClient.decode(
                                device.post(
                                        "Provision",
                                        ProvisionCodec.encodeRequest(
                                                ProvisionRequest.askingForPolicy(null)))));
        return offer.settings().stream()
                .filter(setting -> setting.tag() == Provision.ALLOW_TEXT_MESSAGING)
                .map(PolicySetting::value)
                .findFirst()
                .orElseThrow();
    }

    private static SyncCollectionResponse inbox(EasTestClient device, String key) {
        var response = device.sync(key, INBOX, null, "0".equals(key) ? SMS : List.of(), List.of());
        return response == null ? null : response.collections().get(0);
    }

    private static SyncCollectionResponse outbox(
            EasTestClient device, String key, List<SyncCommand> commands) {
        return SyncCodec.decodeResponse(EasTestClient.decode(device.syncOutbox(key, commands)))
                .collections()
                .get(0);
    }

    private static int postSms(EasTestClient device) {
        return given().header(
                        "Authorization",
                        EasTestClient.basic(device.username(), EasTestClient.PASSWORD))
                .contentType("application/json")
                .body(Map.of("to", "+14255550143", "body", "policy?"))
                .post("/api/sms")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void anAdministratorTurnsTextMessagingOffAndOnForAUser() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        EasTestClient tablet = new EasTestClient(phone.username(), "tablet-policy", "14.1");
        // The phone files a received SMS before the policy changes.
        String phoneKey = inbox(phone, "0").syncKey();
        SyncCommand filed =
                phone.sync(
                                phoneKey,
                                INBOX,
                                null,
                                List.of(),
                                List.of(EasTestClient.smsAdd("r1", "Received", Instant.now())))
                        .collections()
                        .get(0)
                        .responses()
                        .get(0);
        assertEquals(1, filed.status());
        assertEquals("1", offeredTextMessaging(phone));

        allow(phone.username(), null, 400);
        allow("nobody-" + phone.username(), false, 404);
        allow(phone.username(), false, 204);

        assertEquals("0", offeredTextMessaging(phone), "the policy says so");
        assertEquals(403, postSms(phone));
        String outboxKey = outbox(phone, "0", List.of()).syncKey();
        SyncCommand refused =
                outbox(phone, outboxKey, List.of(EasTestClient.smsAdd("o1", "Out", Instant.now())))
                        .responses()
                        .get(0);
        assertEquals(6, refused.status(), "an SMS the policy forbids is not taken");
        String tabletKey = inbox(tablet, "0").syncKey();
        SyncCollectionResponse nothing = inbox(tablet, tabletKey);
        assertTrue(
                nothing == null || nothing.commands().isEmpty(),
                "no SMS reaches a device while text messaging is off: " + nothing);
        assertEquals(0, (int) tablet.estimate(tabletKey, INBOX, SMS).estimate());

        allow(phone.username(), true, 204);
        // Turned on again, the devices sync from the start and receive every SMS.
        var stale = tablet.sync(tabletKey, INBOX, null, List.of(), List.of());
        assertEquals(3, stale.collections().get(0).status(), "its SyncKey is gone: start over");
        String freshKey = inbox(tablet, "0").syncKey();
        assertEquals(1, (int) tablet.estimate(freshKey, INBOX, SMS).estimate());
        SyncCollectionResponse back = inbox(tablet, freshKey);
        assertEquals("Received", back.commands().get(0).data().body().data());
        assertEquals(201, postSms(phone));
        given().header("Authorization", "Bearer " + EasTestClient.ADMIN_TOKEN)
                .get("/admin/users/" + phone.username() + "/devices")
                .then()
                .statusCode(200)
                .body(containsString("\"provisioned\":false"));
    }
}
