package org.eassms.eas.testsupport.eas;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;

/**
 * A minimal ActiveSync HTTP client (MS-ASHTTP plain query form) speaking WBXML through
 * wbxml-common.
 */
public final class EasClient {
    private final HttpClient http =
            HttpClient.newBuilder()
                    // ActiveSync devices speak HTTP/1.1; the JDK default would upgrade to h2c.
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final List<String> servers;
    private volatile int current;
    private final String user;
    private final String authorization;
    private final String deviceId;
    private final String deviceType;
    private final String protocolVersion;
    private String policyKey;
    private volatile String traceparent;

    /** An HTTP status and the decoded body (null when empty). */
    public record Reply(int status, Element body) {}

    public EasClient(
            String baseUrl, String user, String password, String deviceId, String deviceType) {
        this(List.of(baseUrl), user, password, deviceId, deviceType);
    }

    /**
     * A client of several replicas of the same server, as behind a load balancer: it uses one until
     * a request to it fails to connect or is cut, then the next (the failed request still fails;
     * the caller retries it).
     */
    public EasClient(
            List<String> servers,
            String user,
            String password,
            String deviceId,
            String deviceType) {
        this.servers =
                servers.stream()
                        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                        .toList();
        this.user = user;
        this.authorization =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.deviceId = deviceId;
        this.deviceType = deviceType;
        this.protocolVersion = "14.1";
    }

    /**
     * A W3C trace context to send with every request from now on (null: none), as a traced client
     * or a gateway in front of the server would: the server's spans join that trace.
     */
    public void traceparent(String traceparent) {
        this.traceparent = traceparent;
    }

    public void policyKey(String key) {
        this.policyKey = key;
    }

    /** The permanent policy key after provisioning, or null. */
    public String policyKey() {
        return policyKey;
    }

    public String user() {
        return user;
    }

    public String deviceId() {
        return deviceId;
    }

    public Reply post(String command, Element body, Duration timeout)
            throws IOException, InterruptedException {
        String query =
                "Cmd="
                        + command
                        + "&User="
                        + enc(user)
                        + "&DeviceId="
                        + enc(deviceId)
                        + "&DeviceType="
                        + enc(deviceType);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create(baseUrl() + "/Microsoft-Server-ActiveSync?" + query))
                        .timeout(timeout)
                        .header("Authorization", authorization)
                        .header("MS-ASProtocolVersion", protocolVersion)
                        .header("Content-Type", "application/vnd.ms-sync.wbxml")
                        .POST(
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(
                                                WbxmlDocument.encode(body)));
        if (policyKey != null) {
            request.header("X-MS-PolicyKey", policyKey);
        }
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        HttpResponse<byte[]> response =
                failingOver(
                        () -> http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        byte[] bytes = response.body();
        return new Reply(
                response.statusCode(), bytes.length == 0 ? null : WbxmlDocument.decode(bytes));
    }

    /** A JSON call on the same server with the same credentials. */
    public HttpResponse<String> json(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return failingOver(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** The server this client talks to now. */
    public String baseUrl() {
        return servers.get(current % servers.size());
    }

    private interface Call<T> {
        T send() throws IOException, InterruptedException;
    }

    private <T> T failingOver(Call<T> call) throws IOException, InterruptedException {
        try {
            return call.send();
        } catch (java.net.http.HttpTimeoutException timeout) {
            throw timeout; // the server is there, only slow
        } catch (IOException failure) {
            current++;
            throw failure;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
