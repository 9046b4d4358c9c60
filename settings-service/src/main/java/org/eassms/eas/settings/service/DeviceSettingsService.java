package org.eassms.eas.settings.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.settings.SettingsStatus;
import org.eassms.eas.settings.domain.SmsDevice;
import org.eassms.eas.settings.outbox.TransportEvents;
import org.eassms.eas.settings.repository.SmsDeviceRepository;
import org.jboss.logging.Logger;

/**
 * DeviceInformation/Set (MS-ASCMD 2.2.3.45) with the SMS transport registration of MS-ASMS 3.2.5.3:
 * EnableOutboundSMS=1 without a PhoneNumber is status 5 (invalid arguments) and stores nothing; 0
 * turns the device off as the user's SMS transport. A change of the transport's state or number is
 * announced on Kafka in the same transaction.
 */
@ApplicationScoped
public class DeviceSettingsService {
    private static final Logger LOG = Logger.getLogger(DeviceSettingsService.class);

    private final SmsDeviceRepository devices;
    private final TransportEvents events;

    DeviceSettingsService(SmsDeviceRepository devices, TransportEvents events) {
        this.devices = devices;
        this.events = events;
    }

    /** The DeviceInformation Status to answer. */
    public Uni<SettingsStatus> apply(Caller caller, DeviceInformation info) {
        Integer enable = info.enableOutboundSms();
        if (enable != null && enable != 0 && enable != 1) {
            LOG.infof("device %s sent EnableOutboundSMS=%d", caller.deviceId(), enable);
            return Uni.createFrom().item(SettingsStatus.INVALID_ARGUMENTS);
        }
        if (enable != null
                && enable == 1
                && (info.phoneNumber() == null || info.phoneNumber().isBlank())) {
            LOG.infof(
                    "device %s of %s enabled outbound SMS without a phone number: status 5",
                    caller.deviceId(), caller.username());
            return Uni.createFrom().item(SettingsStatus.INVALID_ARGUMENTS);
        }
        return Panache.withTransaction(
                        () ->
                                devices.find(caller.userId(), caller.deviceId())
                                        .chain(existing -> store(caller, info, existing)))
                .replaceWith(SettingsStatus.SUCCESS);
    }

    private Uni<Void> store(Caller caller, DeviceInformation info, SmsDevice existing) {
        SmsDevice device = existing != null ? existing : new SmsDevice();
        TransportView before = existing != null ? TransportView.of(existing) : TransportView.NONE;
        device.userId = caller.userId();
        device.deviceId = caller.deviceId();
        device.deviceType = caller.deviceType();
        copyInformation(info, device);
        if (info.enableOutboundSms() != null) {
            device.enableOutboundSms = info.enableOutboundSms() == 1;
        }
        device.updatedAt = OffsetDateTime.now();
        TransportView after = TransportView.of(device);
        Uni<SmsDevice> saved =
                existing != null ? Uni.createFrom().item(device) : devices.persist(device);
        // Only what a client relaying through this phone cares about is announced; a phone that
        // says again that it relays is announced again, unchanged: a phone does so when it starts,
        // and the compacted topic may have lost it (a Kafka rebuilt without its data, a developer's
        // broker wiped), which would leave the dispatcher unaware of it for good.
        boolean transport = before.enabled() || after.enabled();
        boolean announce =
                transport
                        && (!after.equals(before)
                                || Integer.valueOf(1).equals(info.enableOutboundSms()));
        return saved.chain(
                d -> announce ? events.changed(d, caller.username()) : Uni.createFrom().voidItem());
    }

    /** DeviceInformation fields present in the request overwrite the stored ones. */
    private static void copyInformation(DeviceInformation info, SmsDevice device) {
        if (info.model() != null) device.model = info.model();
        if (info.imei() != null) device.imei = info.imei();
        if (info.friendlyName() != null) device.friendlyName = info.friendlyName();
        if (info.os() != null) device.os = info.os();
        if (info.osLanguage() != null) device.osLanguage = info.osLanguage();
        if (info.phoneNumber() != null) device.phoneNumber = info.phoneNumber();
        if (info.userAgent() != null) device.userAgent = info.userAgent();
        if (info.mobileOperator() != null) device.mobileOperator = info.mobileOperator();
    }

    /** What the user's other clients see of a device as an SMS transport. */
    private record TransportView(boolean enabled, String phoneNumber, String friendlyName) {
        static final TransportView NONE = new TransportView(false, null, null);

        static TransportView of(SmsDevice device) {
            return new TransportView(
                    device.enableOutboundSms, device.phoneNumber, device.friendlyName);
        }
    }

    @WithSession
    public Uni<List<SmsDeviceView>> devicesOf(long userId) {
        return devices.listForUser(userId)
                .map(found -> found.stream().map(SmsDeviceView::of).toList());
    }
}
