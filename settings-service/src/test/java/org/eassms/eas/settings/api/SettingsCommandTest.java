package org.eassms.eas.settings.api;

import static io.restassured.RestAssured.given;
import static org.eassms.eas.settings.support.SettingsCalls.*;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * Settings DeviceInformation/Set and UserInformation/Get (MS-ASCMD 2.2.1.18, MS-ASMS 3.1.4.3 and
 * 3.2.5.3).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class SettingsCommandTest {

    @Test
    void enablingOutboundSmsWithANumberRegistersTheTransport() {
        long user = newUserId();
        SettingsResponse response =
                settings(
                        user,
                        "phone1",
                        "14.1",
                        new SettingsRequest(device("+14255550123", 1), false, null));
        assertEquals(1, response.status());
        assertEquals(1, response.deviceInformationStatus());
        as(user, "tablet", "14.1")
                .get("/internal/sms/devices")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].deviceId", is("phone1"))
                .body("[0].phoneNumber", is("+14255550123"))
                .body("[0].friendlyName", is("Alice's phone"))
                .body("[0].enabled", is(true));

        assertEquals(
                1,
                settings(user, "phone1", "14.1", new SettingsRequest(device(null, 0), false, null))
                        .deviceInformationStatus());
        as(user, "tablet", "14.1")
                .get("/internal/sms/devices")
                .then()
                .body("[0].enabled", is(false))
                .body("[0].phoneNumber", is("+14255550123"));
    }

    @Test
    void enablingWithoutANumberIsStatus5AndStoresNothing() {
        long user = newUserId();
        SettingsResponse response =
                settings(user, "phone1", "14.1", new SettingsRequest(device(null, 1), false, null));
        assertEquals(1, response.status());
        assertEquals(5, response.deviceInformationStatus());
        assertEquals(
                5,
                settings(user, "phone1", "14.1", new SettingsRequest(device("  ", 1), false, null))
                        .deviceInformationStatus());
        assertEquals(
                5,
                settings(user, "phone1", "14.1", new SettingsRequest(device("+1", 2), false, null))
                        .deviceInformationStatus());
        as(user, "phone1", "14.1")
                .get("/internal/sms/devices")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void userInformationGetAnswersTheAddressInTheVersionsForm() {
        long user = newUserId();
        SettingsResponse modern =
                settings(user, "d", "14.1", new SettingsRequest(null, true, null));
        assertEquals(1, modern.userInformationStatus());
        assertEquals("user" + user + "@example.org", modern.primarySmtpAddress());
        assertNull(modern.deviceInformationStatus());
        SettingsResponse older = settings(user, "d", "14.0", new SettingsRequest(null, true, null));
        assertEquals(List.of("user" + user + "@example.org"), older.emailAddresses());
        assertNull(older.primarySmtpAddress());
    }

    @Test
    void oneUserNeverSeesAnothersDevices() {
        long alice = newUserId();
        long mallory = newUserId();
        settings(
                alice,
                "phone1",
                "14.1",
                new SettingsRequest(device("+14255550123", 1), false, null));
        as(mallory, "phone1", "14.1")
                .get("/internal/sms/devices")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void badCallsAreRefusedCleanly() {
        given().get("/internal/sms/devices").then().statusCode(401);
        given().header("X-EAS-Internal-Token", "wrong")
                .header("X-EAS-User-Id", "1")
                .header("X-EAS-Username", "u")
                .get("/internal/sms/devices")
                .then()
                .statusCode(401);
        as(newUserId(), "d", "14.1")
                .contentType("application/vnd.ms-sync.wbxml")
                .body(new byte[] {3, 1, 0x6A, 0, 0x45, (byte) 0xFF})
                .post("/internal/settings")
                .then()
                .statusCode(400);
    }
}
