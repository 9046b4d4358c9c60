package org.eassms.eas.load;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.testsupport.eas.EasDevice;
import org.eassms.eas.wbxml.dom.WbxmlDocument;

/**
 * Keeps every phone's Sync hanging on its Outbox with non-blocking I/O: no thread per phone, one
 * event loop for all of them. A phone whose Sync brings SMS records when they arrived, deletes them
 * with its next Sync (as a relaying phone does) and hangs again; an empty answer (the heartbeat
 * ended) hangs again; a failure is counted and tried again a second later.
 *
 * <p>Phones over HTTP/1.1 hold one connection each, spread over several loopback source addresses
 * (each address has its own ephemeral port range). Over HTTP/2 without TLS (h2c, prior knowledge)
 * up to {@code streams} phones share a connection: how a replica holds more hanging requests than
 * one process may open files.
 */
final class HangingPhones {
    private static final String PATH = "/Microsoft-Server-ActiveSync";

    private final Vertx vertx;
    private final Context loop;

    /** Per sync-service replica, one client per source address. */
    private final List<List<HttpClient>> clients = new ArrayList<>();

    private final int heartbeatSeconds;
    private final Errors errors;
    private final Consumer<LoadPhone> arrived;
    private volatile boolean running = true;

    HangingPhones(
            Vertx vertx,
            List<URI> servers,
            boolean http2,
            int streams,
            List<String> sourceAddresses,
            int phones,
            int heartbeatSeconds,
            Errors errors,
            Consumer<LoadPhone> arrived) {
        this.vertx = vertx;
        this.loop = vertx.getOrCreateContext();
        this.heartbeatSeconds = heartbeatSeconds;
        this.errors = errors;
        this.arrived = arrived;
        int perAddress = phones / servers.size() / sourceAddresses.size() + 1;
        for (URI server : servers) {
            List<HttpClient> replica = new ArrayList<>();
            for (String source : sourceAddresses) {
                replica.add(client(vertx, server, source, http2, streams, perAddress));
            }
            clients.add(replica);
        }
    }

    private static HttpClient client(
            Vertx vertx, URI server, String source, boolean http2, int streams, int perAddress) {
        HttpClientOptions options =
                new HttpClientOptions()
                        .setDefaultHost(server.getHost())
                        .setDefaultPort(server.getPort())
                        .setLocalAddress(source)
                        .setKeepAlive(true)
                        .setConnectTimeout(10_000);
        PoolOptions pool = new PoolOptions().setMaxWaitQueueSize(-1);
        if (http2) {
            options.setProtocolVersion(HttpVersion.HTTP_2)
                    .setHttp2ClearTextUpgrade(false)
                    .setHttp2MultiplexingLimit(streams);
            pool.setHttp2MaxSize(perAddress / streams + 2);
        } else {
            pool.setHttp1MaxSize(perAddress);
        }
        return vertx.createHttpClient(options, pool);
    }

    /** Starts the phone's hanging Sync (from any thread). */
    void hang(LoadPhone phone) {
        loop.runOnContext(v -> send(phone));
    }

    /** Stops hanging: closes every connection, as phones that all go away at once. */
    Future<Void> close() {
        running = false;
        List<Future<Void>> closed = new ArrayList<>();
        clients.forEach(replica -> replica.forEach(client -> closed.add(client.close())));
        return Future.all(closed).mapEmpty();
    }

    private void send(LoadPhone phone) {
        if (!running) {
            return;
        }
        List<SyncCommand> deletes =
                phone.toDelete.stream().map(id -> SyncCommand.delete(null, id)).toList();
        phone.toDelete.clear();
        boolean initial = "0".equals(phone.syncKey);
        SyncRequest request =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        phone.syncKey,
                                        phone.outboxId,
                                        null,
                                        null,
                                        null,
                                        // Options are sticky: only a new SyncKey 0 sends them
                                        // again.
                                        initial ? List.of(EasDevice.SMS_OPTIONS) : List.of(),
                                        deletes)),
                        null,
                        initial || !deletes.isEmpty() ? null : heartbeatSeconds,
                        null,
                        false);
        byte[] body = WbxmlDocument.encode(SyncCodec.encodeRequest(request));
        RequestOptions options =
                new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setURI(
                                PATH
                                        + "?Cmd=Sync&User="
                                        + enc(phone.user)
                                        + "&DeviceId="
                                        + enc(phone.deviceId)
                                        + "&DeviceType=Load")
                        .putHeader("Authorization", basic(phone.user))
                        .putHeader("MS-ASProtocolVersion", "14.1")
                        .putHeader("Content-Type", "application/vnd.ms-sync.wbxml")
                        .putHeader("X-MS-PolicyKey", phone.policyKey)
                        .setIdleTimeout((heartbeatSeconds + 60) * 1000L);
        phone.hanging = true;
        client(phone)
                .request(options)
                .compose(
                        sent ->
                                sent.send(Buffer.buffer(body))
                                        .compose(
                                                response ->
                                                        response.body()
                                                                .map(
                                                                        bytes ->
                                                                                new Reply(
                                                                                        response
                                                                                                .statusCode(),
                                                                                        response
                                                                                                .getHeader(
                                                                                                        "Retry-After"),
                                                                                        bytes))))
                .onComplete(reply -> answered(phone, reply));
    }

    private record Reply(int status, String retryAfter, Buffer body) {}

    private void answered(LoadPhone phone, AsyncResult<Reply> result) {
        phone.hanging = false;
        if (!running) {
            return;
        }
        if (result.failed()) {
            errors.count(result.cause());
            retryLater(phone);
            return;
        }
        Reply reply = result.result();
        if (reply.status() == 503 && reply.retryAfter() != null) {
            // As a phone does: back after the time the server asked for.
            errors.count("HTTP 503 with Retry-After");
            vertx.setTimer(
                    Math.max(1, Long.parseLong(reply.retryAfter().trim()) * 1000),
                    id -> send(phone));
            return;
        }
        if (reply.status() != 200) {
            errors.count("HTTP " + reply.status());
            retryLater(phone);
            return;
        }
        if (reply.body().length() > 0 && !read(phone, reply.body().getBytes())) {
            retryLater(phone);
            return;
        }
        send(phone);
    }

    /** Takes a Sync response in; false when it was an error (counted). */
    private boolean read(LoadPhone phone, byte[] bytes) {
        SyncResponse response = SyncCodec.decodeResponse(WbxmlDocument.decode(bytes));
        if (response.status() != null) {
            errors.count("Sync status " + response.status());
            return false;
        }
        SyncCollectionResponse collection = response.collections().get(0);
        if (collection.status() == 3) {
            // An unknown SyncKey (the roster is older than the server's state): start over.
            errors.count("Sync status 3, synced again from 0");
            phone.syncKey = "0";
            return true;
        }
        if (collection.status() != 1) {
            errors.count("Sync collection status " + collection.status());
            return false;
        }
        phone.syncKey = collection.syncKey();
        boolean sms = false;
        for (SyncCommand command : collection.commands()) {
            if (command.type() == SyncCommand.Type.ADD && ItemClass.SMS.is(command.itemClass())) {
                phone.toDelete.add(command.serverId());
                sms = true;
            }
        }
        if (sms) {
            arrived.accept(phone);
        }
        return true;
    }

    private void retryLater(LoadPhone phone) {
        vertx.setTimer(1000, id -> send(phone));
    }

    /** Phones are spread over the replicas, and over the source addresses within one. */
    private HttpClient client(LoadPhone phone) {
        List<HttpClient> replica = clients.get(phone.index % clients.size());
        return replica.get(phone.index / clients.size() % replica.size());
    }

    static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (user + ":" + PhoneRoster.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
