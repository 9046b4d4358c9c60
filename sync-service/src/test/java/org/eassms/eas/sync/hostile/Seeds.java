package org.eassms.eas.sync.hostile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncRequest;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateRequest;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingRequest;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.wbxml.dom.WbxmlDocument;

/**
 * One valid request body of every command the server serves, as a client would send it. None of
 * them hangs: Ping and Sync name folders the user does not have, so even an intact mutation is
 * answered at once.
 */
final class Seeds {
    private Seeds() {}

    static Map<String, byte[]> requests() {
        SyncOptions sms =
                new SyncOptions(
                        ItemClass.SMS.text(),
                        3,
                        List.of(new BodyPreference(1, 160L, null, null)),
                        1,
                        null,
                        null,
                        50);
        MessageData text =
                MessageData.sms(
                        "\"+14255550143\" [MOBILE:+14255550143]",
                        null,
                        Instant.parse("2026-12-03T12:00:00Z"),
                        "Héllo 👋 from the fuzzer");
        SyncRequest sync =
                new SyncRequest(
                        List.of(
                                new SyncCollectionRequest(
                                        "1",
                                        "999",
                                        true,
                                        true,
                                        5,
                                        List.of(sms),
                                        List.of(
                                                SyncCommand.clientAdd("SMS", "c1", text),
                                                SyncCommand.delete(null, "999:1")))),
                        null,
                        null,
                        5,
                        false);
        DeviceInformation device =
                new DeviceInformation(
                        "Fuzz",
                        "35",
                        "Fuzzer",
                        "Android 14",
                        "en",
                        "+14255550100",
                        "Fuzz/1",
                        1,
                        "Op");
        return Map.of(
                "FolderSync", wbxml(FolderSyncCodec.encodeRequest(new FolderSyncRequest("0"))),
                "Sync", wbxml(SyncCodec.encodeRequest(sync)),
                "GetItemEstimate",
                        wbxml(
                                GetItemEstimateCodec.encodeRequest(
                                        new GetItemEstimateRequest(
                                                List.of(
                                                        new GetItemEstimateRequest.Collection(
                                                                "1",
                                                                "999",
                                                                null,
                                                                List.of(sms),
                                                                null,
                                                                null))))),
                "Ping",
                        wbxml(
                                PingCodec.encodeRequest(
                                        new PingRequest(
                                                480,
                                                List.of(
                                                        new PingRequest.PingFolder(
                                                                "999", "Email"))))),
                "Provision",
                        wbxml(
                                ProvisionCodec.encodeRequest(
                                        ProvisionRequest.askingForPolicy(device))),
                "Settings",
                        wbxml(SettingsCodec.encodeRequest(new SettingsRequest(device, true, null))),
                "FolderCreate",
                        wbxml(
                                FolderOperationsCodec.encode(
                                        new FolderOperationsCodec.CreateRequest(
                                                "1", "0", "Fuzz folder", 12))),
                "FolderUpdate",
                        wbxml(
                                FolderOperationsCodec.encode(
                                        new FolderOperationsCodec.UpdateRequest(
                                                "1", "999", "0", "Renamed"))),
                "FolderDelete",
                        wbxml(
                                FolderOperationsCodec.encode(
                                        new FolderOperationsCodec.DeleteRequest("1", "999"))));
    }

    /** The JSON API's bodies. */
    static final String NEW_SMS = "{\"to\":\"+14255550143\",\"body\":\"Hello \\u00e9 there\"}";

    static final String NEW_USER =
            "{\"username\":\"fuzz\",\"password\":\"s3cret-passw0rd\",\"email\":\"fuzz@example.org\"}";

    private static byte[] wbxml(org.eassms.eas.wbxml.dom.Element element) {
        return WbxmlDocument.encode(element);
    }
}
