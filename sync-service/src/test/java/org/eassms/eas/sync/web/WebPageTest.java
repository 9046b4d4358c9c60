package org.eassms.eas.sync.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eassms.eas.sync.support.EasTestClient;
import org.junit.jupiter.api.Test;

/**
 * The web page from a browser's side, without the browser (that is e2e-tests' WebPageIT): sign-in
 * and its cookie, CSRF, composing with its checks, the status of an SMS, and one user's page
 * showing nothing of another's.
 */
@QuarkusTest
class WebPageTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SMS_ID = Pattern.compile("#sms-([0-9]+)$");
    private static final String BOB = "/web/conversations/%2B14255550143";

    /** A signed-in browser: its session cookie and the CSRF token its pages carry. */
    private record Browser(String cookie, String csrf) {}

    private static Browser signIn(String username) {
        Response login =
                given().redirects()
                        .follow(false)
                        .formParam("username", username)
                        .formParam("password", EasTestClient.PASSWORD)
                        .post("/web/login");
        login.then().statusCode(303).header("Location", endsWith("/web"));
        String setCookie = login.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/web"), setCookie);
        String cookie = login.getCookie(WebResponses.SESSION_COOKIE);
        String home =
                given().cookie(WebResponses.SESSION_COOKIE, cookie)
                        .get("/web")
                        .then()
                        .statusCode(200)
                        .header("Content-Security-Policy", containsString("script-src 'self'"))
                        .extract()
                        .asString();
        Matcher csrf = CSRF.matcher(home);
        assertTrue(csrf.find(), home);
        return new Browser(cookie, csrf.group(1));
    }

    private static Response send(Browser browser, String csrf, String to, String body) {
        return given().redirects()
                .follow(false)
                .cookie(WebResponses.SESSION_COOKIE, browser.cookie())
                .formParam("csrf", csrf)
                .formParam("to", to)
                .formParam("body", body)
                .post("/web/sms");
    }

    @Test
    void aSignedInUserWritesAnSmsAndFollowsIt() {
        String user = EasTestClient.newUser("14.1").username();
        given().redirects()
                .follow(false)
                .get("/web")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/web/login"));
        given().formParam("username", user)
                .formParam("password", "wrong password")
                .post("/web/login")
                .then()
                .statusCode(401)
                .body(containsString("Wrong user name or password."));

        Browser browser = signIn(user);
        send(browser, "not the token", "+14255550143", "Forged").then().statusCode(403);
        send(browser, browser.csrf(), "call me", "Hi")
                .then()
                .statusCode(400)
                .body(containsString("Enter a phone number such as +14255550143."));
        send(browser, browser.csrf(), "+14255550143", "x".repeat(1601))
                .then()
                .statusCode(400)
                .body(containsString("At most 1600 characters"));

        Response sent = send(browser, browser.csrf(), "+1 (425) 555-0143", "<b>Dinner</b> at 8?");
        sent.then().statusCode(303).header("Location", containsString(BOB + "#sms-"));
        Matcher id = SMS_ID.matcher(sent.getHeader("Location"));
        assertTrue(id.find());

        given().urlEncodingEnabled(false) // BOB is encoded already, as the page links it
                .cookie(WebResponses.SESSION_COOKIE, browser.cookie())
                .get(BOB)
                .then()
                .statusCode(200)
                .body(containsString("&lt;b&gt;Dinner&lt;/b&gt; at 8?"))
                .body(not(containsString("<b>Dinner")))
                .body(containsString("data-sms-id=\"" + id.group(1) + "\""))
                .body(containsString("queued"));
        given().cookie(WebResponses.SESSION_COOKIE, browser.cookie())
                .get("/web/sms/" + id.group(1))
                .then()
                .statusCode(200)
                .body("status", is("queued"))
                .body("final", is(false));
        given().cookie(WebResponses.SESSION_COOKIE, browser.cookie())
                .get("/web")
                .then()
                .body(containsString("href=\"" + BOB + "\""));

        // Another user sees none of it, by page or by id.
        Browser other = signIn(EasTestClient.newUser("14.1").username());
        given().cookie(WebResponses.SESSION_COOKIE, other.cookie())
                .get("/web")
                .then()
                .body(containsString("No text messages yet."))
                .body(not(containsString("Dinner")));
        given().urlEncodingEnabled(false)
                .cookie(WebResponses.SESSION_COOKIE, other.cookie())
                .get(BOB)
                .then()
                .statusCode(200)
                .body(not(containsString("Dinner")));
        given().cookie(WebResponses.SESSION_COOKIE, other.cookie())
                .get("/web/sms/" + id.group(1))
                .then()
                .statusCode(404);
        given().get("/web/sms/" + id.group(1)).then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = signIn(EasTestClient.newUser("14.1").username());
        given().redirects()
                .follow(false)
                .cookie(WebResponses.SESSION_COOKIE, browser.cookie())
                .formParam("csrf", browser.csrf())
                .post("/web/logout")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/web/login"));
        given().redirects()
                .follow(false)
                .cookie(WebResponses.SESSION_COOKIE, browser.cookie())
                .get("/web")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/web/login"));
    }
}
