package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: failed logins are counted per account (10 in the window here) in the real Redis; past
 * the limit a login is refused with 429 without its password being checked, while the phone the
 * owner signed in before goes on.
 */
@QuarkusTest
class LoginThrottleTest {
    private static final int LIMIT = 10;

    private static Response lookUpAnSms(String user, String password) {
        return given().header("Authorization", EasTestClient.basic(user, password))
                .get("/api/sms/1");
    }

    @Test
    void aGuessedAtAccountIsRefusedUncheckedWhileItsSignedInPhoneGoesOn() {
        String user = EasTestClient.newUser("14.1").username();
        assertEquals(404, lookUpAnSms(user, EasTestClient.PASSWORD).statusCode(), "signed in");
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(401, lookUpAnSms(user, "guess-" + i).statusCode());
        }

        double checks = bcryptChecks();
        Response refused = lookUpAnSms(user, "guess-" + LIMIT);
        assertEquals(429, refused.statusCode());
        assertEquals("120", refused.header("Retry-After"), "the window (PT2M in tests)");
        assertEquals(checks, bcryptChecks(), "the password was not checked");

        assertEquals(
                404,
                lookUpAnSms(user, EasTestClient.PASSWORD).statusCode(),
                "the remembered login of the owner's phone still works");
    }

    @Test
    void theRightPasswordForgetsTheAccountsFailures() {
        String user = EasTestClient.newUser("14.1").username();
        for (int i = 0; i < LIMIT - 1; i++) {
            assertEquals(401, lookUpAnSms(user, "typo-" + i).statusCode());
        }
        assertEquals(404, lookUpAnSms(user, EasTestClient.PASSWORD).statusCode());
        for (int i = 0; i < LIMIT - 1; i++) {
            assertEquals(401, lookUpAnSms(user, "typo-again-" + i).statusCode(), "not 429");
        }
    }

    @Test
    void anAccountNobodyHasIsThrottledLikeAnyOther() {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(401, lookUpAnSms(nobody, "x").statusCode());
        }
        assertEquals(429, lookUpAnSms(nobody, "x").statusCode());
    }

    private static double bcryptChecks() {
        return EasTestClient.metric("eas_bcrypt_checks_total");
    }
}
