package org.eassms.eas.sync.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.protocol.common.CommonStatus;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateRequest;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateResponse;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateStatus;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.command.sync.ChangeEstimator;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.SyncState;
import org.eassms.eas.sync.repository.SyncStateRepository;
import org.eassms.eas.sync.view.OptionBlocks;
import org.eassms.eas.wbxml.codepage.GetItemEstimate;
import org.eassms.eas.wbxml.dom.Element;
import org.jboss.logging.Logger;

/**
 * GetItemEstimate (MS-ASCMD 2.2.1.9, MS-ASMS 3.1.4.2 and 3.2.5.2): per collection, the number of
 * changes the next Sync would bring. SMS changes count only under an Options block with Class SMS;
 * the Options rules are those of Sync (at most two blocks, Class SMS or Email). Status 2 for an
 * unknown collection or unacceptable Options, 3 when the collection was never synced (no state, or
 * SyncKey 0), 4 for a SyncKey that is not the current one. Reads only: the SyncKey does not move.
 */
@ApplicationScoped
public class GetItemEstimateCommandHandler implements CommandHandler {
    private static final Logger LOG = Logger.getLogger(GetItemEstimateCommandHandler.class);

    /** A body it cannot read is HTTP 400: GetItemEstimate has no protocol-error Status. */
    private static final RequestReader<GetItemEstimateRequest> READER =
            new RequestReader<>(
                    "GetItemEstimate",
                    GetItemEstimateCodec::decodeRequest,
                    () -> CommandResult.httpStatus(400));

    private final DeviceRegistry devices;
    private final SyncStateRepository states;
    private final ChangeEstimator estimator;

    GetItemEstimateCommandHandler(
            DeviceRegistry devices, SyncStateRepository states, ChangeEstimator estimator) {
        this.devices = devices;
        this.states = states;
        this.estimator = estimator;
    }

    @Override
    public String command() {
        return "GetItemEstimate";
    }

    @Override
    public Uni<CommandResult> handle(CommandContext context, Element body) {
        return READER.read(context, body, request -> estimate(context, request));
    }

    private Uni<CommandResult> estimate(CommandContext context, GetItemEstimateRequest request) {
        return Panache.withSession(
                        () -> devices.find(context).chain(device -> estimateAll(device, request)))
                .map(
                        entries ->
                                CommandResult.of(
                                        GetItemEstimateCodec.encodeResponse(
                                                new GetItemEstimateResponse(entries))));
    }

    private Uni<List<GetItemEstimateResponse.Entry>> estimateAll(
            Device device, GetItemEstimateRequest request) {
        // Sequentially: one Hibernate Reactive session is never used concurrently.
        return Multi.createFrom()
                .iterable(request.collections())
                .onItem()
                .transformToUniAndConcatenate(collection -> estimateOne(device, collection))
                .collect()
                .asList();
    }

    private Uni<GetItemEstimateResponse.Entry> estimateOne(
            Device device, GetItemEstimateRequest.Collection collection) {
        String id = collection.collectionId();
        OptionBlocks options = optionsOf(collection);
        String problem = options.problem();
        if (problem != null) {
            LOG.infof("GetItemEstimate of %s: %s", id, problem);
            return entry(GetItemEstimateStatus.INVALID_COLLECTION, id, null);
        }
        if (device == null) {
            return entry(GetItemEstimateStatus.SYNC_STATE_NOT_PRIMED, id, null);
        }
        return states.findWithFolder(device.userId, device.id, id)
                .chain(
                        found ->
                                !found.folderIsLive()
                                                || (!found.folder().holdsEmail()
                                                        && options.wants(ItemClass.SMS))
                                        // MS-ASMS 3.1.4.2: an SMS block only in a folder of e-mail.
                                        ? entry(GetItemEstimateStatus.INVALID_COLLECTION, id, null)
                                        : estimateIn(device, found, collection, options));
    }

    /** The estimate against the device's state of the folder, once its SyncKey checks out. */
    private Uni<GetItemEstimateResponse.Entry> estimateIn(
            Device device,
            SyncStateRepository.InFolder found,
            GetItemEstimateRequest.Collection collection,
            OptionBlocks options) {
        String id = collection.collectionId();
        SyncState state = found.state();
        if (state == null || "0".equals(collection.syncKey())) {
            return entry(GetItemEstimateStatus.SYNC_STATE_NOT_PRIMED, id, null);
        }
        if (!Integer.toString(state.syncKey).equals(collection.syncKey())) {
            return entry(GetItemEstimateStatus.INVALID_SYNC_KEY, id, null);
        }
        return estimator
                .estimate(device, found.folder(), state, options)
                .map(
                        count ->
                                new GetItemEstimateResponse.Entry(
                                        GetItemEstimateStatus.SUCCESS.code(), id, count));
    }

    /** 14.0 and later send Options blocks; 12.1 sent Class and FilterType in the Collection. */
    private static OptionBlocks optionsOf(GetItemEstimateRequest.Collection collection) {
        if (!collection.options().isEmpty() || collection.legacyClass() == null) {
            return OptionBlocks.of(collection.options());
        }
        return OptionBlocks.of(
                List.of(
                        new SyncOptions(
                                collection.legacyClass(),
                                collection.legacyFilterType(),
                                List.of(),
                                null,
                                null,
                                null,
                                null)));
    }

    private static Uni<GetItemEstimateResponse.Entry> entry(
            GetItemEstimateStatus status, String collectionId, Integer estimate) {
        return Uni.createFrom()
                .item(new GetItemEstimateResponse.Entry(status.code(), collectionId, estimate));
    }

    @Override
    public Element provisioningRequired() {
        return Element.of(GetItemEstimate.GET_ITEM_ESTIMATE)
                .add(
                        Element.of(GetItemEstimate.RESPONSE)
                                .add(
                                        GetItemEstimate.STATUS,
                                        CommonStatus.DEVICE_NOT_PROVISIONED.text()));
    }
}
