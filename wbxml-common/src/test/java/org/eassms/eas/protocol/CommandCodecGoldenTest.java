package org.eassms.eas.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.foldersync.FolderOperationsCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncCodec;
import org.eassms.eas.protocol.foldersync.FolderSyncResponse;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateCodec;
import org.eassms.eas.protocol.getitemestimate.GetItemEstimateRequest;
import org.eassms.eas.protocol.ping.PingCodec;
import org.eassms.eas.protocol.ping.PingResponse;
import org.eassms.eas.protocol.provision.ProvisionCodec;
import org.eassms.eas.protocol.provision.ProvisionRequest;
import org.eassms.eas.protocol.provision.ProvisionResponse;
import org.eassms.eas.protocol.settings.SettingsCodec;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCollectionResponse;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.protocol.sync.SyncResponse;
import org.eassms.eas.wbxml.Golden;
import org.eassms.eas.wbxml.codepage.AirSync;
import org.eassms.eas.wbxml.codepage.FolderHierarchy;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.eassms.eas.wbxml.dom.XmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed command models against libwbxml's bytes: decoding a golden into a record and encoding
 * the record again must give the golden bytes back, and the records must hold what the MS-ASMS
 * examples say.
 */
class CommandCodecGoldenTest {

    static List<Golden> fixtures() {
        return Golden.commands();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void typedRoundTripGivesLibwbxmlsBytes(Golden golden) {
        Function<Element, Element> roundTrip = typedRoundTrip(golden);
        Element decoded = WbxmlDocument.decode(golden.wbxml());
        byte[] reencoded = WbxmlDocument.encode(roundTrip.apply(decoded));
        assertEquals(
                XmlParser.parse(golden.xml()).toString(),
                WbxmlDocument.decode(reencoded).toString());
        assertArrayEquals(golden.wbxml(), reencoded);
    }

    private static Function<Element, Element> typedRoundTrip(Golden golden) {
        boolean response = golden.isResponse();
        return switch (golden.command()) {
            case "sync" ->
                    response
                            ? e -> SyncCodec.encodeResponse(SyncCodec.decodeResponse(e))
                            : e -> SyncCodec.encodeRequest(SyncCodec.decodeRequest(e));
            case "getitemestimate" ->
                    response
                            ? e ->
                                    GetItemEstimateCodec.encodeResponse(
                                            GetItemEstimateCodec.decodeResponse(e))
                            : e ->
                                    GetItemEstimateCodec.encodeRequest(
                                            GetItemEstimateCodec.decodeRequest(e));
            case "foldersync" ->
                    response
                            ? e -> FolderSyncCodec.encodeResponse(FolderSyncCodec.decodeResponse(e))
                            : e -> FolderSyncCodec.encodeRequest(FolderSyncCodec.decodeRequest(e));
            case "settings" ->
                    response
                            ? e -> SettingsCodec.encodeResponse(SettingsCodec.decodeResponse(e))
                            : e -> SettingsCodec.encodeRequest(SettingsCodec.decodeRequest(e));
            case "ping" ->
                    response
                            ? e -> PingCodec.encodeResponse(PingCodec.decodeResponse(e))
                            : e -> PingCodec.encodeRequest(PingCodec.decodeRequest(e));
            case "provision" ->
                    response
                            ? e -> ProvisionCodec.encodeResponse(ProvisionCodec.decodeResponse(e))
                            : e -> ProvisionCodec.encodeRequest(ProvisionCodec.decodeRequest(e));
            case "folderops" -> response ? FOLDER_OPERATION_RESPONSE : FOLDER_OPERATION_REQUEST;
            default -> throw new IllegalArgumentException("no codec for " + golden);
        };
    }

    private static final Function<Element, Element> FOLDER_OPERATION_REQUEST =
            e ->
                    switch ((FolderHierarchy) e.tag()) {
                        case FOLDER_CREATE ->
                                FolderOperationsCodec.encode(FolderOperationsCodec.decodeCreate(e));
                        case FOLDER_UPDATE ->
                                FolderOperationsCodec.encode(FolderOperationsCodec.decodeUpdate(e));
                        case FOLDER_DELETE ->
                                FolderOperationsCodec.encode(FolderOperationsCodec.decodeDelete(e));
                        default -> throw new IllegalArgumentException("not a folder operation");
                    };

    private static final Function<Element, Element> FOLDER_OPERATION_RESPONSE =
            e ->
                    e.tag() == FolderHierarchy.FOLDER_CREATE
                            ? FolderOperationsCodec.encode(
                                    FolderOperationsCodec.decodeCreateResponse(e))
                            : FolderOperationsCodec.encode(
                                    (FolderHierarchy) e.tag(),
                                    FolderOperationsCodec.decodeResponse(
                                            (FolderHierarchy) e.tag(), e));

    @Test
    void folderOperationsCarryTheirFields() {
        var create = FolderOperationsCodec.decodeCreate(golden("folderops", "request-create"));
        assertEquals(new FolderOperationsCodec.CreateRequest("1", "2", "Family texts", 12), create);
        assertEquals(
                new FolderOperationsCodec.CreateResponse(1, "2", "7"),
                FolderOperationsCodec.decodeCreateResponse(golden("folderops", "response-create")));
        assertEquals(
                new FolderOperationsCodec.UpdateRequest("2", "7", "0", "Famille (SMS)"),
                FolderOperationsCodec.decodeUpdate(golden("folderops", "request-update")));
        assertEquals(
                new FolderOperationsCodec.Response(3, null),
                FolderOperationsCodec.decodeResponse(
                        FolderHierarchy.FOLDER_DELETE, golden("folderops", "response-delete")));
    }

    private static Element golden(String command, String name) {
        return WbxmlDocument.decode(Golden.of(command, name).wbxml());
    }

    @Test
    void msAsms41HasAnSmsBlockAndADefaultClassBlock() {
        SyncRequest request =
                SyncCodec.decodeRequest(golden("sync", "ms-asms-4.1-email-and-sms-options"));
        SyncCollectionRequest collection = request.collections().get(0);
        assertEquals("601771687", collection.syncKey());
        assertEquals("15", collection.collectionId());
        assertEquals(Boolean.TRUE, collection.getChanges());
        assertEquals(Boolean.TRUE, collection.deletesAsMoves());
        assertEquals(100, collection.windowSize());
        assertEquals(2, collection.options().size());
        SyncOptions sms = collection.options().get(0);
        assertTrue(sms.isSms());
        assertEquals(0, sms.filterType());
        assertEquals(102400L, sms.bodyPreferences().get(0).truncationSize());
        SyncOptions email = collection.options().get(1);
        assertNull(email.itemClass());
        assertEquals(2, email.filterType());
        assertEquals(
                List.of(1, 2, 4), email.bodyPreferences().stream().map(p -> p.type()).toList());
        assertEquals(1, email.conflict());
        assertEquals(0, email.mimeSupport());
    }

    @Test
    void msAsms43ServerAddCarriesEverySmsField() {
        SyncResponse response =
                SyncCodec.decodeResponse(golden("sync", "response-ms-asms-4.3-server-add-sms"));
        SyncCollectionResponse collection = response.collections().get(0);
        assertEquals(1, collection.status());
        SyncCommand add = collection.commands().get(0);
        assertEquals(SyncCommand.Type.ADD, add.type());
        assertEquals("SMS", add.itemClass());
        assertEquals("55:11", add.serverId());
        MessageData sms = add.data();
        assertEquals("\"14255550143\" [MOBILE:14255550143]", sms.to());
        assertEquals("\"+14255550123\" [MOBILE:+14255550123]", sms.from());
        assertEquals(Instant.parse("2009-01-08T00:14:36Z"), sms.dateReceived());
        assertEquals(1, sms.importance());
        assertEquals(Boolean.FALSE, sms.read());
        assertEquals("Make sure you get some rest!", sms.body().data());
        assertEquals(6L, sms.body().estimatedDataSize());
        assertEquals("1252", sms.internetCpid());
        assertEquals(org.eassms.eas.protocol.common.Flag.CLEARED, sms.flag());
        Charset cp1252 = Charset.forName("windows-1252");
        assertArrayEquals("ñòaöÏMDÿ‹döX3\u000F0\u0000".getBytes(cp1252), sms.conversationId());
        assertArrayEquals("Éq&HÞ".getBytes(cp1252), sms.conversationIndex());
    }

    @Test
    void nonAsciiSmsTextSurvivesExactly() {
        SyncRequest request = SyncCodec.decodeRequest(golden("sync", "client-add-sms-non-ascii"));
        SyncCommand add = request.collections().get(0).commands().get(0);
        assertEquals("c-42", add.clientId());
        assertEquals("Grüße aus Zürich – 東京で会いましょう 🎉👍🏽 ça va?", add.data().body().data());
        assertEquals("\"Zoë Ångström\" [MOBILE:+4915112345678]", add.data().to());
        assertEquals(2, add.data().flag().status());
        assertEquals("2026-11-26T23:00:00.000Z", add.data().flag().utcDueDate());
        assertEquals("500", add.data().flag().subOrdinalDate());
        assertArrayEquals(
                new byte[] {0, 1, 2, 3, (byte) 0xFE, (byte) 0xFF, (byte) 0x80, (byte) 0x81},
                add.data().conversationId());
    }

    @Test
    void hangingSyncCarriesWaitOrHeartbeat() {
        SyncRequest wait = SyncCodec.decodeRequest(golden("sync", "hanging-outbox-wait"));
        assertEquals(15, wait.waitMinutes());
        assertNull(wait.heartbeatInterval());
        SyncRequest heartbeat =
                SyncCodec.decodeRequest(golden("sync", "hanging-heartbeat-partial"));
        assertEquals(900, heartbeat.heartbeatInterval());
        assertTrue(heartbeat.partial());
        assertTrue(heartbeat.collections().isEmpty());
        assertFalse(heartbeat.isEmpty());
        SyncResponse limit = SyncCodec.decodeResponse(golden("sync", "response-status-14-limit"));
        assertEquals(14, limit.status());
        assertEquals(59, limit.limit());
    }

    @Test
    void phoneDeletesFromOutboxAndAddsToSentItems() {
        SyncRequest request =
                SyncCodec.decodeRequest(golden("sync", "phone-deletes-and-files-sent"));
        assertEquals(
                SyncCommand.delete(null, "6:17"), request.collections().get(0).commands().get(0));
        assertEquals(Boolean.FALSE, request.collections().get(0).deletesAsMoves());
        SyncCommand sent = request.collections().get(1).commands().get(0);
        assertEquals("\"Alice\" [MOBILE:+14255550123]", sent.data().from());
        assertEquals(Instant.parse("2026-11-25T10:00:01.250Z"), sent.data().dateReceived());
    }

    @Test
    void getItemEstimateCountsSmsOnlyUnderAnSmsBlock() {
        GetItemEstimateRequest request =
                GetItemEstimateCodec.decodeRequest(
                        golden("getitemestimate", "request-sms-and-email"));
        GetItemEstimateRequest.Collection collection = request.collections().get(0);
        assertEquals("3", collection.syncKey());
        assertEquals("2", collection.collectionId());
        assertTrue(collection.options().get(0).isSms());
        assertEquals(5, collection.options().get(0).filterType());
        assertNull(collection.options().get(1).itemClass());
    }

    @Test
    void folderSyncListsTheFiveStandardFolders() {
        FolderSyncResponse response =
                FolderSyncCodec.decodeResponse(golden("foldersync", "response-initial"));
        assertEquals(
                List.of(
                        Folder.INBOX,
                        Folder.DRAFTS,
                        Folder.DELETED_ITEMS,
                        Folder.SENT_ITEMS,
                        Folder.OUTBOX),
                response.added().stream().map(Folder::type).toList());
        assertEquals("1", response.syncKey());
    }

    @Test
    void msAsms44EnablesOutboundSmsWithAPhoneNumber() {
        SettingsRequest request =
                SettingsCodec.decodeRequest(golden("settings", "ms-asms-4.4-enable-outbound-sms"));
        assertEquals(1, request.deviceInformation().enableOutboundSms());
        assertEquals("206-555-0112", request.deviceInformation().phoneNumber());
        assertEquals("123456789012345", request.deviceInformation().imei());
        assertEquals("us-EN", request.deviceInformation().osLanguage());
        assertEquals("T-Mojo", request.deviceInformation().mobileOperator());
        assertFalse(request.userInformationGet());
        SettingsRequest withoutNumber =
                SettingsCodec.decodeRequest(golden("settings", "enable-without-number"));
        assertNull(withoutNumber.deviceInformation().phoneNumber());
        SettingsRequest disable =
                SettingsCodec.decodeRequest(golden("settings", "disable-and-user-information"));
        assertEquals(0, disable.deviceInformation().enableOutboundSms());
        assertTrue(disable.userInformationGet());
        SettingsResponse response =
                SettingsCodec.decodeResponse(golden("settings", "response-device-and-user"));
        assertEquals(List.of("alice@example.org"), response.emailAddresses());
        assertEquals(
                5,
                SettingsCodec.decodeResponse(golden("settings", "response-invalid-arguments"))
                        .deviceInformationStatus());
    }

    @Test
    void pingAndProvisionDecode() {
        assertEquals(
                List.of("6"),
                PingCodec.decodeResponse(golden("ping", "response-changes")).folders());
        PingResponse outOfRange =
                PingCodec.decodeResponse(golden("ping", "response-heartbeat-out-of-range"));
        assertEquals(5, outOfRange.status());
        assertEquals(60, outOfRange.heartbeatInterval());
        ProvisionRequest phase1 =
                ProvisionCodec.decodeRequest(golden("provision", "phase1-request"));
        assertEquals(ProvisionRequest.POLICY_TYPE, phase1.policyType());
        assertFalse(phase1.isAcknowledgement());
        assertEquals("+14255550123", phase1.deviceInformation().phoneNumber());
        ProvisionRequest phase2 =
                ProvisionCodec.decodeRequest(golden("provision", "phase2-request"));
        assertTrue(phase2.isAcknowledgement());
        assertEquals("1307199584", phase2.policyKey());
        ProvisionResponse response =
                ProvisionCodec.decodeResponse(golden("provision", "response-phase1"));
        assertEquals(7, response.settings().size());
        assertEquals("1307199584", response.policyKey());
    }

    @Test
    void malformedCommandsAreProtocolErrors() {
        Element noSyncKey =
                Element.of(AirSync.SYNC)
                        .add(
                                Element.of(AirSync.COLLECTIONS)
                                        .add(
                                                Element.of(AirSync.COLLECTION)
                                                        .add(AirSync.COLLECTION_ID, "6")));
        assertThrows(ProtocolException.class, () -> SyncCodec.decodeRequest(noSyncKey));
        Element badWindow = Element.of(AirSync.SYNC).add(AirSync.WINDOW_SIZE, "many");
        assertThrows(ProtocolException.class, () -> SyncCodec.decodeRequest(badWindow));
        assertThrows(
                ProtocolException.class, () -> PingCodec.decodeRequest(Element.of(AirSync.SYNC)));
        Element strayInCommands =
                Element.of(AirSync.SYNC)
                        .add(
                                Element.of(AirSync.COLLECTIONS)
                                        .add(
                                                Element.of(AirSync.COLLECTION)
                                                        .add(AirSync.SYNC_KEY, "1")
                                                        .add(AirSync.COLLECTION_ID, "6")
                                                        .add(
                                                                Element.of(AirSync.COMMANDS)
                                                                        .add(AirSync.WAIT, "5"))));
        assertThrows(ProtocolException.class, () -> SyncCodec.decodeRequest(strayInCommands));
    }
}
