package org.eassms.eas.sync.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateRequest;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.testsupport.eas.EasClient;
import org.eassms.eas.testsupport.eas.EasDevice;
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

    /** A meter's value from the service's Prometheus page (0 when it is not there yet). */
    public static double metric(String name) {
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
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

    /**
     * A provisioned device of {@code user} that knows its folders, played by test-support's {@link
     * EasDevice} (the client of the phone simulator and the end-to-end tests).
     */
    public static EasDevice device(URL server, String user, String deviceId, String deviceType)
            throws IOException, InterruptedException {
        EasDevice device =
                new EasDevice(
                        new EasClient(server.toString(), user, PASSWORD, deviceId, deviceType));
        device.provision();
        device.folderSync();
        return device;
    }

    public String deviceId() {
        return deviceId;
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

    /**
     * A Sync of the Outbox (collection 6) with an SMS Options block, carrying these client
     * commands.
     */
    public Response syncOutbox(
            String key, java.util.List<org.eassms.eas.protocol.sync.SyncCommand> commands) {
        var sms =
                new org.eassms.eas.protocol.sync.SyncOptions(
                        "SMS", null, java.util.List.of(), null, null, null, null);
        return post(
                "Sync",
                SyncCodec.encodeRequest(
                        SyncRequest.of(
                                SyncCollectionRequest.of(key, "6", List.of(sms), commands), null)));
    }

    /**
     * A client's Add of an SMS from Bob (MS-ASMS 4.3's address form), received at {@code received}.
     */
    public static org.eassms.eas.protocol.sync.SyncCommand smsAdd(
            String clientId, String text, java.time.Instant received) {
        return org.eassms.eas.protocol.sync.SyncCommand.clientAdd(
                "SMS",
                clientId,
                org.eassms.eas.protocol.common.MessageData.sms(
                        "\"Bob\" [MOBILE:+1]", null, received, text));
    }

    /** One Sync; null for an empty response (nothing new). */
    public org.eassms.eas.protocol.sync.SyncResponse sync(
            org.eassms.eas.protocol.sync.SyncRequest request) {
        Response response =
                post("Sync", org.eassms.eas.protocol.sync.SyncCodec.encodeRequest(request));
        response.then().statusCode(200);
        return response.asByteArray().length == 0
                ? null
                : org.eassms.eas.protocol.sync.SyncCodec.decodeResponse(decode(response));
    }

    /** A Sync of one collection; null for an empty response. */
    public org.eassms.eas.protocol.sync.SyncResponse sync(
            String key,
            String collectionId,
            Boolean deletesAsMoves,
            java.util.List<org.eassms.eas.protocol.sync.SyncOptions> options,
            java.util.List<org.eassms.eas.protocol.sync.SyncCommand> commands) {
        return sync(
                new org.eassms.eas.protocol.sync.SyncRequest(
                        java.util.List.of(
                                new org.eassms.eas.protocol.sync.SyncCollectionRequest(
                                        key,
                                        collectionId,
                                        deletesAsMoves,
                                        null,
                                        null,
                                        options,
                                        commands)),
                        null,
                        null,
                        null,
                        false));
    }

    /** A GetItemEstimate of one collection; the one entry of the answer. */
    public org.eassms.eas.protocol.getitemestimate.GetItemEstimateResponse.Entry estimate(
            String key,
            String collectionId,
            java.util.List<org.eassms.eas.protocol.sync.SyncOptions> options) {
        var request = GetItemEstimateRequest.of(key, collectionId, options);
        Response response =
                post(
                        "GetItemEstimate",
                        org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec.encodeRequest(
                                request));
        response.then().statusCode(200);
        var decoded =
                org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec.decodeResponse(
                        decode(response));
        if (decoded.responses().size() != 1) {
            throw new AssertionError(
                    "one collection asked, " + decoded.responses().size() + " answered");
        }
        return decoded.responses().get(0);
    }

    /** A Sync request of one collection, with the collection's own WindowSize. */
    public static org.eassms.eas.protocol.sync.SyncRequest oneCollection(
            String key,
            String collectionId,
            Integer window,
            java.util.List<org.eassms.eas.protocol.sync.SyncOptions> options,
            java.util.List<org.eassms.eas.protocol.sync.SyncCommand> commands) {
        return new org.eassms.eas.protocol.sync.SyncRequest(
                java.util.List.of(
                        new org.eassms.eas.protocol.sync.SyncCollectionRequest(
                                key, collectionId, null, null, window, options, commands)),
                null,
                null,
                null,
                false);
    }

    /** The database id of a user, for the Redis keys sync-service derives from it. */
    public static long userId(javax.sql.DataSource database, String username) {
        try (var connection = database.getConnection();
                var statement =
                        connection.prepareStatement("select id from eas_user where username = ?")) {
            statement.setString(1, username);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
