package org.eassms.eas.sync.startup;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.vertx.http.HttpServerStart;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.sync.auth.PasswordHasher;
import org.eassms.eas.sync.repository.DeviceRepository;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.ItemRepository;
import org.eassms.eas.sync.repository.SyncStateRepository;
import org.eassms.eas.sync.repository.UserRepository;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.jboss.logging.Logger;

/**
 * Before this replica says it is ready, it runs once what a phone's first requests need, so the
 * first phone after a start is served as fast as any other (measured in BENCHMARKS.md: five times
 * slower without it): a bcrypt check, the queries of authentication, Provision, FolderSync and Sync
 * against ids that do not exist (nothing is written), and requests to its own ActiveSync endpoint
 * over HTTP. Readiness ({@link WarmedUpCheck}) waits for it; it never fails the start, since a
 * database that is not there yet will be retried by the requests themselves.
 */
@ApplicationScoped
public class WarmUp {
    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    private static final long NOBODY = -1;

    private final PasswordHasher hasher;
    private final UserRepository users;
    private final DeviceRepository devices;
    private final FolderRepository folders;
    private final SyncStateRepository syncStates;
    private final ItemRepository items;
    private final Vertx vertx;
    private volatile boolean done;

    WarmUp(
            PasswordHasher hasher,
            UserRepository users,
            DeviceRepository devices,
            FolderRepository folders,
            SyncStateRepository syncStates,
            ItemRepository items,
            Vertx vertx) {
        this.hasher = hasher;
        this.users = users;
        this.devices = devices;
        this.folders = folders;
        this.syncStates = syncStates;
        this.items = items;
        this.vertx = vertx;
    }

    /** Once the HTTP server listens: its port is known and the self-requests can reach it. */
    void run(@ObservesAsync HttpServerStart started) {
        int port = started.options().getPort();
        long start = System.nanoTime();
        VertxContextSupport.subscribe(
                () -> steps(port).toMulti(),
                subscription ->
                        subscription.with(
                                ignored -> {},
                                failure -> {
                                    LOG.warnf(
                                            "warm-up incomplete (ready anyway): %s",
                                            failure.getMessage());
                                    done = true;
                                },
                                () -> {
                                    LOG.infof(
                                            "warmed up in %d ms; ready for phones",
                                            Duration.ofNanos(System.nanoTime() - start).toMillis());
                                    done = true;
                                }));
    }

    public boolean done() {
        return done;
    }

    private Uni<Void> steps(int port) {
        return bcrypt().invoke(WarmUp::codec)
                .chain(this::queries)
                .chain(() -> selfRequests(port))
                .replaceWithVoid();
    }

    /** The WBXML round trips of a phone's first requests. */
    private static void codec() {
        ProvisionCodec.decodeRequest(
                roundTrip(ProvisionCodec.encodeRequest(ProvisionRequest.askingForPolicy(null))));
        FolderSyncCodec.decodeRequest(
                roundTrip(FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"))));
        SyncCollectionRequest outbox =
                new SyncCollectionRequest(
                        "0",
                        "4",
                        null,
                        null,
                        null,
                        List.of(SyncOptions.sms(0, 512L)),
                        List.of(
                                SyncCommand.clientAdd(
                                        "SMS",
                                        "warm-up",
                                        MessageData.sms(
                                                "+10000000000", null, Instant.now(), "warm-up"))));
        SyncCodec.decodeRequest(
                roundTrip(
                        SyncCodec.encodeRequest(
                                new SyncRequest(List.of(outbox), null, null, null, false))));
    }

    private static Element roundTrip(Element document) {
        return WbxmlDocument.decode(WbxmlDocument.encode(document));
    }

    /** A few rounds, so the first login runs compiled code rather than the interpreter's. */
    private Uni<Boolean> bcrypt() {
        return hasher.hash("warm-up password")
                .call(hash -> hasher.matches("warm-up", hash))
                .call(hash -> hasher.matches("warm-up", hash))
                .chain(hash -> hasher.matches("warm-up", hash));
    }

    private Uni<Void> queries() {
        return Panache.withSession(
                () ->
                        users.findByLogin("warm-up.invalid")
                                .chain(() -> devices.find(NOBODY, "warm-up"))
                                .chain(() -> folders.listForUser(NOBODY))
                                .chain(() -> folders.findByType(NOBODY, 6))
                                .chain(() -> folders.changedSince(NOBODY, 0))
                                .chain(() -> syncStates.find(NOBODY, "warm-up"))
                                .chain(
                                        () ->
                                                items.changesSince(
                                                        NOBODY, 0, List.of(ItemClass.SMS), 1))
                                .chain(
                                        () ->
                                                items.countOwedChanges(
                                                        NOBODY,
                                                        0,
                                                        new ItemRepository.WantedClass(
                                                                ItemClass.SMS, null),
                                                        NOBODY))
                                .chain(
                                        () ->
                                                items.anyOwedChange(
                                                        NOBODY,
                                                        0,
                                                        List.of(
                                                                new ItemRepository.WantedClass(
                                                                        ItemClass.SMS, null)),
                                                        NOBODY))
                                .replaceWithVoid());
    }

    /** OPTIONS, and a POST whose login does not exist (answered 401): the HTTP path itself. */
    private Uni<Void> selfRequests(int port) {
        HttpClient http = vertx.createHttpClient();
        return send(http, HttpMethod.OPTIONS, port, null)
                .chain(
                        () ->
                                send(
                                        http,
                                        HttpMethod.POST,
                                        port,
                                        "Basic d2FybS11cC5pbnZhbGlkOndhcm0tdXA="))
                .eventually(http::close);
    }

    private static Uni<Void> send(
            HttpClient http, HttpMethod method, int port, String authorization) {
        RequestOptions options =
                new RequestOptions()
                        .setMethod(method)
                        .setHost("127.0.0.1")
                        .setPort(port)
                        .setURI(
                                "/Microsoft-Server-ActiveSync?Cmd=FolderSync&User=warm-up"
                                        + "&DeviceId=warmup&DeviceType=WarmUp");
        if (authorization != null) {
            options.addHeader("Authorization", authorization);
            options.addHeader("MS-ASProtocolVersion", "14.1");
        }
        return http.request(options)
                .chain(HttpClientRequest::send)
                .chain(response -> response.body())
                .replaceWithVoid();
    }
}
