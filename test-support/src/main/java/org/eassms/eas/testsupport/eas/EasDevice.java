package org.eassms.eas.testsupport.eas;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.foldersync.FolderSyncResponse;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateRequest;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateResponse;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.provision.ProvisionResponse;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.protocol.sync.SyncResponse;

/**
 * An ActiveSync device with its state (policy key, folder ids, SyncKeys per collection): what a
 * phone or a tablet does, one protocol step per method. Syncs ask for SMS items (an Options block
 * with Class SMS).
 */
public class EasDevice {
    public static final SyncOptions SMS_OPTIONS =
            new SyncOptions(ItemClass.SMS.text(), null, List.of(), null, null, null, null);

    private final EasClient client;
    private final Map<Integer, String> folders = new HashMap<>();
    private final Map<String, String> syncKeys = new HashMap<>();

    public EasDevice(EasClient client) {
        this.client = client;
    }

    public EasClient client() {
        return client;
    }

    /** MS-ASPROV two-phase provisioning; afterwards every request carries the permanent key. */
    public void provision() throws IOException, InterruptedException {
        ProvisionResponse offer =
                ProvisionCodec.decodeResponse(
                        client.post(
                                        "Provision",
                                        ProvisionCodec.encodeRequest(
                                                ProvisionRequest.askingForPolicy(null)),
                                        Duration.ofSeconds(10))
                                .body());
        ProvisionResponse accepted =
                ProvisionCodec.decodeResponse(
                        client.post(
                                        "Provision",
                                        ProvisionCodec.encodeRequest(
                                                ProvisionRequest.acknowledging(offer.policyKey())),
                                        Duration.ofSeconds(10))
                                .body());
        if (accepted.policyStatus() == null || accepted.policyStatus() != 1) {
            throw new IllegalStateException("provisioning refused: " + accepted);
        }
        client.policyKey(accepted.policyKey());
    }

    public void folderSync() throws IOException, InterruptedException {
        FolderSyncResponse response =
                FolderSyncCodec.decodeResponse(
                        client.post(
                                        "FolderSync",
                                        FolderSyncCodec.encodeRequest(new FolderSyncRequest("0")),
                                        Duration.ofSeconds(10))
                                .body());
        for (Folder folder : response.added()) {
            folders.put(folder.type(), folder.serverId());
        }
    }

    public String folder(int type) {
        return folders.get(type);
    }

    /** The SyncKey this device holds for a collection ("0" before its first Sync). */
    public String syncKey(String collectionId) {
        return syncKeys.getOrDefault(collectionId, "0");
    }

    public SettingsResponse settings(DeviceInformation information)
            throws IOException, InterruptedException {
        return SettingsCodec.decodeResponse(
                client.post(
                                "Settings",
                                SettingsCodec.encodeRequest(
                                        new SettingsRequest(information, false, null)),
                                Duration.ofSeconds(10))
                        .body());
    }

    /** SyncKey 0 for a folder, asking for SMS items. */
    public void prime(int folderType) throws IOException, InterruptedException {
        String collectionId = folders.get(folderType);
        syncKeys.put(collectionId, "0");
        sync(collectionId, List.of(), null);
    }

    /**
     * One Sync of one collection: client commands, then the server's changes. With a heartbeat
     * (seconds) the request hangs until there is something. Returns null for an empty response
     * (nothing new).
     */
    public SyncCollectionResponse sync(
            String collectionId, List<SyncCommand> commands, Integer heartbeat)
            throws IOException, InterruptedException {
        return sync(collectionId, List.of(SMS_OPTIONS), commands, heartbeat);
    }

    /**
     * The same with the Options blocks to send: none keeps the sticky ones (MS-ASMS 3.1.4.1.1.1),
     * and a set without an SMS block makes the server soft-delete the SMS from this device's view.
     */
    public SyncCollectionResponse sync(
            String collectionId,
            List<SyncOptions> options,
            List<SyncCommand> commands,
            Integer heartbeat)
            throws IOException, InterruptedException {
        String key = syncKeys.getOrDefault(collectionId, "0");
        SyncRequest request =
                SyncRequest.of(
                        SyncCollectionRequest.of(key, collectionId, options, commands), heartbeat);
        Duration timeout = Duration.ofSeconds(heartbeat == null ? 30 : heartbeat + 30);
        EasClient.Reply reply = client.post("Sync", SyncCodec.encodeRequest(request), timeout);
        if (reply.status() != 200) {
            throw new IllegalStateException("Sync answered HTTP " + reply.status());
        }
        if (reply.body() == null) {
            return null;
        }
        SyncResponse response = SyncCodec.decodeResponse(reply.body());
        if (response.status() != null) {
            throw new IllegalStateException("Sync status " + response.status());
        }
        SyncCollectionResponse collection = response.collections().get(0);
        if (collection.status() != 1) {
            throw new IllegalStateException(
                    "Sync of " + collectionId + " status " + collection.status());
        }
        syncKeys.put(collectionId, collection.syncKey());
        return collection;
    }

    /**
     * Ping (MS-ASCMD 2.2.1.13) on e-mail folders: hangs until one of them changes (status 2, the
     * folders listed) or the heartbeat (seconds) ends (status 1).
     */
    public PingResponse ping(List<Integer> folderTypes, int heartbeat)
            throws IOException, InterruptedException {
        List<PingRequest.PingFolder> pinged =
                folderTypes.stream()
                        .map(
                                type ->
                                        new PingRequest.PingFolder(
                                                folders.get(type), ItemClass.EMAIL.text()))
                        .toList();
        EasClient.Reply reply =
                client.post(
                        "Ping",
                        PingCodec.encodeRequest(new PingRequest(heartbeat, pinged)),
                        Duration.ofSeconds(heartbeat + 30));
        if (reply.status() != 200 || reply.body() == null) {
            throw new IllegalStateException("Ping answered HTTP " + reply.status());
        }
        return PingCodec.decodeResponse(reply.body());
    }

    /**
     * GetItemEstimate of one folder at this device's current SyncKey (MS-ASMS 3.1.4.2): SMS count
     * only under an Options block with Class SMS.
     */
    public GetItemEstimateResponse.Entry estimate(int folderType, List<SyncOptions> options)
            throws IOException, InterruptedException {
        String collectionId = folders.get(folderType);
        GetItemEstimateRequest request =
                GetItemEstimateRequest.of(
                        syncKeys.getOrDefault(collectionId, "0"), collectionId, options);
        EasClient.Reply reply =
                client.post(
                        "GetItemEstimate",
                        GetItemEstimateCodec.encodeRequest(request),
                        Duration.ofSeconds(10));
        if (reply.status() != 200 || reply.body() == null) {
            throw new IllegalStateException("GetItemEstimate answered HTTP " + reply.status());
        }
        return GetItemEstimateCodec.decodeResponse(reply.body()).responses().get(0);
    }

    /** Adds an SMS to a folder; returns its ServerId. */
    public String addSms(int folderType, MessageData sms) throws IOException, InterruptedException {
        return addSms(folderType, List.of(sms)).get(0);
    }

    /** Adds SMS to a folder in one Sync, as a phone files what it sent; returns their ServerIds. */
    public List<String> addSms(int folderType, List<MessageData> sms)
            throws IOException, InterruptedException {
        long clientIds = System.nanoTime();
        List<SyncCommand> adds = new ArrayList<>(sms.size());
        for (int i = 0; i < sms.size(); i++) {
            adds.add(
                    SyncCommand.clientAdd(ItemClass.SMS.text(), "c" + (clientIds + i), sms.get(i)));
        }
        SyncCollectionResponse response = sync(folders.get(folderType), adds, null);
        List<String> serverIds = new ArrayList<>(sms.size());
        for (SyncCommand added : response.responses()) {
            if (added.status() != 1) {
                throw new IllegalStateException("Add refused with status " + added.status());
            }
            serverIds.add(added.serverId());
        }
        return serverIds;
    }
}
