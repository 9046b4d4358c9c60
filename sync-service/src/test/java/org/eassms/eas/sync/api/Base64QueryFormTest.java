package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: clients of the base64 query form (MS-ASHTTP 2.2.1.1.1.1) put the base64 text in the URL
 * as it is, raw '+' and '/' included; about every other policy key makes such text. The server
 * reads it, and answers 400 (never 500) to a query it cannot read.
 */
@QuarkusTest
class Base64QueryFormTest {

    @Test
    void aRawBase64QueryWithPlusAndSlashIsServed() {
        EasTestClient client = EasTestClient.newUser("14.1");
        String query = base64Query(client.deviceId(), client.username());
        assertTrue(query.contains("+") && query.contains("/"), query);

        Response response = post(client, query);
        assertEquals(200, response.statusCode());
        assertEquals(
                1,
                FolderSyncCodec.decodeResponse(WbxmlDocument.decode(response.asByteArray()))
                        .status());
    }

    /** Sent over a plain socket: HTTP clients refuse to send a broken escape. */
    @Test
    void anUnreadableQueryIs400() throws Exception {
        EasTestClient client = EasTestClient.newUser("14.1");
        String authorization = EasTestClient.basic(client.username(), EasTestClient.PASSWORD);
        for (String query :
                new String[] {
                    "jAAJBAp2MTQw%zz", "jAAJBAp2MTQw%4", "jRQJBANkZXYE", "Cmd=Sync&x=%"
                }) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                String request =
                        "POST /Microsoft-Server-ActiveSync?"
                                + query
                                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                                + authorization
                                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String statusLine =
                        new BufferedReader(
                                        new InputStreamReader(
                                                socket.getInputStream(), StandardCharsets.US_ASCII))
                                .readLine();
                assertEquals("HTTP/1.1 400 Bad Request", statusLine, query);
            }
        }
    }

    /** Issue 10: only the versions OPTIONS advertises are spoken; anything else is 400. */
    @Test
    void anUnadvertisedProtocolVersionIs400() {
        for (String version : new String[] {"16.1", "abc", "", "99.9"}) {
            EasTestClient client = EasTestClient.newUser(version);
            assertEquals(
                    400,
                    client.post(
                                    "FolderSync",
                                    FolderSyncCodec.encodeRequest(new FolderSyncRequest("0")))
                            .statusCode(),
                    version);
        }
        assertEquals(
                200,
                EasTestClient.newUser("12.1")
                        .post(
                                "FolderSync",
                                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0")))
                        .statusCode());
    }

    private static Response post(EasTestClient client, String rawQuery) {
        return given().urlEncodingEnabled(false)
                .header(
                        "Authorization",
                        EasTestClient.basic(client.username(), EasTestClient.PASSWORD))
                .contentType("application/vnd.ms-sync.wbxml")
                .body(
                        WbxmlDocument.encode(
                                FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"))))
                .post("/Microsoft-Server-ActiveSync?" + rawQuery);
    }

    /**
     * FolderSync, protocol 14.1, with a policy key (0xFBEFFF3E) and a device id padded so that the
     * key's bytes fall where base64 writes them as '+' and '/'.
     */
    private static String base64Query(String deviceId, String user) {
        for (int pad = 0; pad < 3; pad++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(141);
            b.write(9); // FolderSync
            b.write(0x09);
            b.write(0x04);
            byte[] id = (deviceId + "x".repeat(pad)).getBytes(StandardCharsets.US_ASCII);
            b.write(id.length);
            b.writeBytes(id);
            b.writeBytes(new byte[] {4, (byte) 0x3E, (byte) 0xFF, (byte) 0xEF, (byte) 0xFB});
            b.write(2);
            b.writeBytes("Ph".getBytes(StandardCharsets.US_ASCII));
            byte[] name = user.getBytes(StandardCharsets.UTF_8);
            b.write(8);
            b.write(name.length);
            b.writeBytes(name);
            String text = Base64.getEncoder().encodeToString(b.toByteArray());
            if (text.contains("+") && text.contains("/")) {
                return text;
            }
        }
        throw new IllegalStateException("no alignment gives both '+' and '/'");
    }
}
