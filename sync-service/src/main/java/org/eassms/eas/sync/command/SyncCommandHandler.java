package org.eassms.eas.sync.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.eassms.eas.protocol.ProtocolException;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.protocol.sync.SyncStatus;
import org.eassms.eas.sync.command.sync.CollectionSynchronizer;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.context.TryLater;
import org.eassms.eas.sync.hanging.ChangeBroadcast;
import org.eassms.eas.sync.hanging.HangingRequests;
import org.eassms.eas.wbxml.WbxmlException;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.jboss.logging.Logger;

/**
 * Sync (MS-ASCMD 2.2.1.21, MS-ASMS 3.2.5.1). Each request runs in one transaction; a request with
 * Wait or HeartbeatInterval that finds nothing to report hangs (no thread held) until the relay
 * wakes the device or the interval ends, then answers with the changes or with an empty body.
 */
@ApplicationScoped
public class SyncCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(SyncCommandHandler.class);

    private static final RequestReader<SyncRequest> READER =
            new RequestReader<>(
                    "Sync",
                    SyncCodec::decodeRequest,
                    () -> result(SyncResponse.failed(SyncStatus.PROTOCOL_ERROR.code())));

    private final DeviceRegistry devices;
    private final CollectionSynchronizer synchronizer;
    private final HangingRequests hanging;
    private final ChangeBroadcast changes;
    private final SyncConfig config;

    SyncCommandHandler(
            DeviceRegistry devices,
            CollectionSynchronizer synchronizer,
            HangingRequests hanging,
            ChangeBroadcast changes,
            SyncConfig config) {
        this.changes = changes;
        this.devices = devices;
        this.synchronizer = synchronizer;
        this.hanging = hanging;
        this.config = config;
    }

    @Override
    public String command() {
        return "Sync";
    }

    /** Every look of a Sync loads the device row first: the check costs nothing there. */
    @Override
    public boolean checksProvisioningInItsTransaction() {
        return true;
    }

    @Override
    public boolean mayHang() {
        return true;
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        if (body == null) {
            return fromCachedRequest(context, cached -> cached);
        }
        return READER.read(context, body, request -> sync(context, request));
    }

    private Uni<CommandResult> sync(CommandContext context, SyncRequest request) {
        if (request.partial() || request.collections().isEmpty()) {
            return fromCachedRequest(context, cached -> merge(cached, request));
        }
        return run(context, request, true);
    }

    /**
     * An empty or Partial Sync runs the device's last full request, as {@code completed} makes it;
     * status 13 when there is none to build on (MS-ASCMD 2.2.1.21).
     */
    private Uni<CommandResult> fromCachedRequest(
            CommandContext context, UnaryOperator<SyncRequest> completed) {
        return cachedRequest(context)
                .chain(
                        cached ->
                                cached == null
                                        ? respond(
                                                SyncResponse.failed(
                                                        SyncStatus.INCOMPLETE_REQUEST.code()))
                                        : run(context, completed.apply(cached), false));
    }

    private Uni<CommandResult> run(CommandContext context, SyncRequest request, boolean remember) {
        CommandResult invalid = checkHangingParameters(request);
        if (invalid != null) {
            return Uni.createFrom().item(invalid);
        }
        int maxCollections = config.maxCollections();
        if (request.collections().size() > maxCollections) {
            LOG.infof(
                    "Sync from %s with %d collections: status 15",
                    context.deviceId(), request.collections().size());
            return respond(
                    SyncResponse.failed(SyncStatus.TOO_MANY_COLLECTIONS.code(), maxCollections));
        }
        return runChecked(context, request, remember)
                .onFailure(
                        failure ->
                                !(failure instanceof ProvisioningRequiredException
                                        || failure instanceof TryLater))
                .recoverWithItem(
                        failure -> {
                            // Nothing was committed (the transaction rolled back): the client may
                            // simply send the same request again (MS-ASCMD status 16).
                            LOG.warnf(
                                    failure,
                                    "Sync from %s failed; answering status 16 (retry)",
                                    context.deviceId());
                            return result(SyncResponse.failed(SyncStatus.RETRY.code()));
                        });
    }

    private Uni<CommandResult> runChecked(
            CommandContext context, SyncRequest request, boolean remember) {
        Duration interval = hangInterval(request);
        byte[] toRemember =
                remember ? WbxmlDocument.encode(SyncCodec.encodeRequest(cacheForm(request))) : null;
        if (interval == null) {
            return syncOnce(context, request, toRemember).map(this::toResult);
        }
        // The first look remembers the request (for empty and Partial Syncs); looks after a wake
        // only look, and the hanging request does not hold the encoded copy meanwhile.
        AtomicReference<byte[]> notYetRemembered = new AtomicReference<>(toRemember);
        return hanging.hang(
                        context.user().id(),
                        context.deviceId(),
                        interval,
                        () -> syncOnce(context, request, notYetRemembered.getAndSet(null)),
                        SyncCommandHandler::hasNews,
                        List.<CollectionSynchronizer.Outcome>of())
                .map(this::toResult);
    }

    private Uni<List<CollectionSynchronizer.Outcome>> syncOnce(
            CommandContext context, SyncRequest request, byte[] remember) {
        return inTransaction(context, request, remember)
                .call(
                        outcomes ->
                                outcomes.stream()
                                                .anyMatch(
                                                        CollectionSynchronizer.Outcome
                                                                ::announcesChange)
                                        ? changes.changed(context.user().id(), context.deviceId())
                                        : Uni.createFrom().voidItem());
    }

    private Uni<List<CollectionSynchronizer.Outcome>> inTransaction(
            CommandContext context, SyncRequest request, byte[] remember) {
        return Panache.withTransaction(
                () ->
                        devices.findProvisioned(context)
                                .chain(
                                        device -> {
                                            if (remember != null) {
                                                device.lastSyncRequest = remember;
                                            }
                                            return Multi.createFrom()
                                                    .iterable(request.collections())
                                                    .onItem()
                                                    .transformToUniAndConcatenate(
                                                            collection ->
                                                                    synchronizer.synchronize(
                                                                            device,
                                                                            context.user()
                                                                                    .username(),
                                                                            context
                                                                                    .protocolVersion(),
                                                                            collection,
                                                                            request.windowSize()))
                                                    .collect()
                                                    .asList();
                                        }));
    }

    private static boolean hasNews(List<CollectionSynchronizer.Outcome> outcomes) {
        return outcomes.stream().anyMatch(CollectionSynchronizer.Outcome::news);
    }

    private CommandResult toResult(List<CollectionSynchronizer.Outcome> outcomes) {
        if (!hasNews(outcomes)) {
            // Nothing changed: an empty response keeps the client's SyncKeys (MS-ASCMD 2.2.1.21).
            return CommandResult.empty();
        }
        List<SyncCollectionResponse> collections =
                outcomes.stream().map(CollectionSynchronizer.Outcome::response).toList();
        return CommandResult.of(SyncCodec.encodeResponse(SyncResponse.of(collections)));
    }

    /**
     * Status 4 for both Wait and HeartbeatInterval, 14 with the nearest allowed Limit when out of
     * range.
     */
    private CommandResult checkHangingParameters(SyncRequest request) {
        Integer wait = request.waitMinutes();
        Integer heartbeat = request.heartbeatInterval();
        if (wait != null && heartbeat != null) {
            return result(SyncResponse.failed(SyncStatus.PROTOCOL_ERROR.code()));
        }
        if (wait != null && (wait < 1 || wait > 59)) {
            return result(
                    SyncResponse.failed(
                            SyncStatus.INVALID_WAIT_OR_HEARTBEAT.code(), wait < 1 ? 1 : 59));
        }
        long min = config.hanging().minHeartbeat().toSeconds();
        long max = config.hanging().maxHeartbeat().toSeconds();
        if (heartbeat != null && (heartbeat < min || heartbeat > max)) {
            return result(
                    SyncResponse.failed(
                            SyncStatus.INVALID_WAIT_OR_HEARTBEAT.code(),
                            (int) (heartbeat < min ? min : max)));
        }
        return null;
    }

    private static Duration hangInterval(SyncRequest request) {
        if (request.waitMinutes() != null) {
            return Duration.ofMinutes(request.waitMinutes());
        }
        return request.heartbeatInterval() == null
                ? null
                : Duration.ofSeconds(request.heartbeatInterval());
    }

    /**
     * A Partial Sync: the cached collections, replaced by any the client sent again, and its new
     * parameters.
     */
    private static SyncRequest merge(SyncRequest cached, SyncRequest partial) {
        var byId = new java.util.LinkedHashMap<String, SyncCollectionRequest>();
        cached.collections().forEach(c -> byId.put(c.collectionId(), c));
        partial.collections().forEach(c -> byId.put(c.collectionId(), c));
        boolean newHanging = partial.waitMinutes() != null || partial.heartbeatInterval() != null;
        return new SyncRequest(
                List.copyOf(byId.values()),
                newHanging ? partial.waitMinutes() : cached.waitMinutes(),
                newHanging ? partial.heartbeatInterval() : cached.heartbeatInterval(),
                partial.windowSize() != null ? partial.windowSize() : cached.windowSize(),
                false);
    }

    /**
     * What an empty or Partial Sync reuses (MS-ASCMD 2.2.1.21.1): the collections and their
     * options, without their SyncKeys (a cached collection always continues from the key the server
     * last handed out, which may be newer than the one in the request) and without client commands
     * (which must never be applied twice). Repeated identical requests thus cache identical bytes,
     * and the device row is not rewritten by each of them.
     */
    private static SyncRequest cacheForm(SyncRequest request) {
        return keyedAs(request, CACHED_KEY);
    }

    /** Stands in for the key of a cached collection, which is read back as "the current key". */
    private static final String CACHED_KEY = "cached";

    /**
     * The request's collections and parameters with this SyncKey on every collection and no client
     * commands: the cached form ({@link #CACHED_KEY}) or, read back, null for "the current key".
     */
    private static SyncRequest keyedAs(SyncRequest request, String key) {
        return new SyncRequest(
                request.collections().stream()
                        .map(
                                c ->
                                        new SyncCollectionRequest(
                                                key,
                                                c.collectionId(),
                                                c.deletesAsMoves(),
                                                c.getChanges(),
                                                c.windowSize(),
                                                c.options(),
                                                List.of()))
                        .toList(),
                request.waitMinutes(),
                request.heartbeatInterval(),
                request.windowSize(),
                false);
    }

    private Uni<SyncRequest> cachedRequest(CommandContext context) {
        return Panache.withSession(() -> devices.find(context))
                .map(
                        device -> {
                            devices.requireProvisioned(device, context);
                            if (device == null || device.lastSyncRequest == null) {
                                return null;
                            }
                            try {
                                // Cached collections continue from the current key.
                                return keyedAs(
                                        SyncCodec.decodeRequest(
                                                WbxmlDocument.decode(device.lastSyncRequest)),
                                        null);
                            } catch (WbxmlException | ProtocolException e) {
                                LOG.warnf(
                                        "cached Sync request of %s unreadable: %s",
                                        context.deviceId(), e.getMessage());
                                return null;
                            }
                        });
    }

    private static CommandResult result(SyncResponse response) {
        return CommandResult.of(SyncCodec.encodeResponse(response));
    }

    private static Uni<CommandResult> respond(SyncResponse response) {
        return Uni.createFrom().item(result(response));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(AirSync.SYNC)
                .add(AirSync.STATUS, CommonStatus.DEVICE_NOT_PROVISIONED.text());
    }
}
