package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eassms.eas.phone.PhoneSimulator;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.protocol.settings.SettingsResponse;
import org.eassms.eas.testsupport.eas.EasClient;
import org.eassms.eas.testsupport.eas.EasDevice;

/**
 * The cast of the end-to-end tests: a fresh user, the user's registered phone, the user's tablet.
 */
final class Scenario {
    static final String PASSWORD = "e2e-password-123";
    static final String NUMBER = "+14255550123";
    static final String NAME = "Alice's phone";

    private Scenario() {}

    static String newUser(SystemUnderTest system) throws Exception {
        String user = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        system.createUser(user, PASSWORD);
        return user;
    }

    static EasDevice device(SystemUnderTest system, String user, String deviceId) {
        return new EasDevice(new EasClient(system.syncUrls(), user, PASSWORD, deviceId, "E2E"));
    }

    static PhoneSimulator registeredPhone(SystemUnderTest system, String user) throws Exception {
        EasDevice phone = device(system, user, "phone-" + user);
        PhoneSimulator simulator = new PhoneSimulator(phone, NUMBER, NAME, 60);
        phone.provision();
        phone.folderSync();
        // MS-ASMS 3.2.5.3: EnableOutboundSMS=1 without a PhoneNumber is status 5.
        SettingsResponse withoutNumber =
                phone.settings(
                        new DeviceInformation(
                                "Pixel", null, NAME, "Android", "en-US", null, null, 1, null));
        assertEquals(5, withoutNumber.deviceInformationStatus());
        assertEquals(1, simulator.register().deviceInformationStatus());
        return simulator;
    }

    static EasDevice tablet(SystemUnderTest system, String user) throws Exception {
        EasDevice tablet = device(system, user, "tablet-" + user);
        tablet.provision();
        tablet.folderSync();
        tablet.prime(Folder.OUTBOX);
        tablet.prime(Folder.SENT_ITEMS);
        return tablet;
    }

    /** A phone's way of waiting for its Outbox: a hanging Sync or a Ping. */
    interface Relay {
        List<MessageData> once() throws Exception;
    }

    /** Starts the phone's hanging request and waits until sync-service holds it. */
    static CompletableFuture<List<MessageData>> hang(SystemUnderTest system, Relay relay)
            throws Exception {
        double before = system.syncMetric("eas_hanging_requests");
        CompletableFuture<List<MessageData>> sent =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return relay.once();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> system.syncMetric("eas_hanging_requests") > before);
        return sent;
    }
}
