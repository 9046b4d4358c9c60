package org.eassms.eas.sync.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;

/**
 * Plays an ActiveSync client in tests: real WBXML bodies over HTTP, built and read with
 * wbxml-common.
 */
public final class EasTestClient {
    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String PASSWORD = "correct horse battery";

    private final String username;
    private final String deviceId;
    private final String protocolVersion;
    private String policyKey;

    public EasTestClient(String username, String deviceId, String protocolVersion) {
        this.username = username;
        this.deviceId = deviceId;
        this.protocolVersion = protocolVersion;
    }

    /** Creates a fresh user through the admin API and returns a client for one of its devices. */
    public static EasTestClient newUser(String protocolVersion) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                .contentType("application/json")
                .body(
                        Map.of(
                                "username",
                                username,
                                "password",
                                PASSWORD,
                                "email",
                                username + "@example.org"))
                .post("/admin/users")
                .then()
                .statusCode(201);
        return new EasTestClient(username, "dev" + username, protocolVersion);
    }

    public String username() {
        return username;
    }

    public void policyKey(String key) {
        this.policyKey = key;
    }

    public Response post(String command, Element body) {
        return post(command, body == null ? new byte[0] : WbxmlDocument.encode(body), PASSWORD);
    }

    public Response post(String command, byte[] body, String password) {
        var request =
                given().header("Authorization", basic(username, password))
                        .header("MS-ASProtocolVersion", protocolVersion)
                        .contentType("application/vnd.ms-sync.wbxml")
                        .body(body);
        if (policyKey != null) {
            request.header("X-MS-PolicyKey", policyKey);
        }
        return request.post(
                "/Microsoft-Server-ActiveSync?Cmd="
                        + command
                        + "&User="
                        + username
                        + "&DeviceId="
                        + deviceId
                        + "&DeviceType=TestPhone");
    }

    public static Element decode(Response response) {
        return WbxmlDocument.decode(response.asByteArray());
    }

    public static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
