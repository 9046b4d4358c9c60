package org.eassms.eas.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, slow clients: a client that sends half a request, or trickles its body, is cut off
 * after the short timeouts, while a hanging Ping, silent for longer than either, is answered.
 */
@QuarkusTest
@TestProfile(ConnectionTimeoutsTest.ShortTimeouts.class)
class ConnectionTimeoutsTest {

    public static class ShortTimeouts extends ConfigOverrides {
        public ShortTimeouts() {
            super(
                    "quarkus.http.idle-timeout",
                    "1S",
                    "eas.sync.clients.read-timeout",
                    "PT1S",
                    "eas.sync.hanging.wait-cap",
                    "PT4S");
        }
    }

    @Test
    void halfSentHeadersAreCutOffAtTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            long start = System.nanoTime();
            send(socket, "POST /Microsoft-Server-ActiveSync?Cmd=Ping HTTP/1.1\r\nHost: x\r\n");
            String answer = readUntilClosed(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("", answer, "closed without an answer: no request arrived");
            assertTrue(millis < 10_000, "closed after " + millis + " ms, not held for an hour");
        }
    }

    @Test
    void aTrickledBodyIs408AtTheReadTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            send(
                    socket,
                    "POST /api/sms HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n");
            long start = System.nanoTime();
            // A byte every 200 ms: never idle for the 1 s idle timeout, never done either.
            for (int i = 0; i < 100 && !socket.isInputShutdown(); i++) {
                try {
                    send(socket, "{");
                } catch (IOException closed) {
                    break;
                }
                if (socket.getInputStream().available() > 0) {
                    break;
                }
                Thread.sleep(200);
            }
            String answer = readUntilClosed(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(millis < 10_000, "cut off after " + millis + " ms");
        }
    }

    @Test
    void aHangingPingOutlivesTheIdleTimeout() {
        EasTestClient phone = EasTestClient.newUser("14.1");
        phone.syncOutbox("0", List.of()); // a Ping hangs on folders it has synced
        long start = System.nanoTime();
        Response response =
                phone.post(
                        "Ping",
                        PingCodec.encodeRequest(
                                new PingRequest(
                                        480, List.of(new PingRequest.PingFolder("6", "Email")))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.statusCode());
        PingResponse ping = PingCodec.decodeResponse(EasTestClient.decode(response));
        assertEquals(1, ping.status(), "the heartbeat ended with nothing new");
        assertTrue(millis >= 2_000, "it hung (wait cap 4 s, less the spread): " + millis + " ms");
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server kept the connection open: " + read, stillOpen);
        } catch (IOException reset) {
            // a reset after the answer is a close too
        }
        return read.toString(StandardCharsets.US_ASCII);
    }
}
