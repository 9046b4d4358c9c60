package org.eassms.eas.settings.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.eassms.eas.protocol.common.DeviceInformation;
import org.eassms.eas.protocol.settings.SettingsStatus;
import org.eassms.eas.settings.domain.SmsDevice;
import org.eassms.eas.settings.repository.SmsDeviceRepository;
import org.jboss.logging.Logger;

/**
 * DeviceInformation/Set (MS-ASCMD 2.2.3.45) with the SMS transport registration of MS-ASMS 3.2.5.3:
 * EnableOutboundSMS=1 without a PhoneNumber is status 5 (invalid arguments) and stores nothing; 0
 * turns the device off as the user's SMS transport.
 */
@ApplicationScoped
public class DeviceSettingsService {
    private static final Logger LOG = Logger.getLogger(DeviceSettingsService.class);

    private final SmsDeviceRepository devices;

    DeviceSettingsService(SmsDeviceRepository devices) {
        this.devices = devices;
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
                                        .chain(
                                                existing -> {
                                                    SmsDevice device =
                                                            existing != null
                                                                    ? existing
                                                                    : new SmsDevice();
                                                    device.userId = caller.userId();
                                                    device.deviceId = caller.deviceId();
                                                    device.deviceType = caller.deviceType();
                                                    if (info.model() != null)
                                                        device.model = info.model();
                                                    if (info.imei() != null)
                                                        device.imei = info.imei();
                                                    if (info.friendlyName() != null)
                                                        device.friendlyName = info.friendlyName();
                                                    if (info.os() != null) device.os = info.os();
                                                    if (info.osLanguage() != null)
                                                        device.osLanguage = info.osLanguage();
                                                    if (info.phoneNumber() != null)
                                                        device.phoneNumber = info.phoneNumber();
                                                    if (info.userAgent() != null)
                                                        device.userAgent = info.userAgent();
                                                    if (info.mobileOperator() != null)
                                                        device.mobileOperator =
                                                                info.mobileOperator();
                                                    if (enable != null) {
                                                        device.enableOutboundSms = enable == 1;
                                                        LOG.infof(
                                                                "device %s of %s is %s SMS transport (%s)",
                                                                caller.deviceId(),
                                                                caller.username(),
                                                                device.enableOutboundSms
                                                                        ? "now an"
                                                                        : "no longer an",
                                                                device.phoneNumber);
                                                    }
                                                    device.updatedAt = OffsetDateTime.now();
                                                    return existing != null
                                                            ? Uni.createFrom().item(device)
                                                            : devices.persist(device);
                                                }))
                .replaceWith(SettingsStatus.SUCCESS);
    }

    public Uni<List<SmsDevice>> devicesOf(long userId) {
        return Panache.withSession(() -> devices.listForUser(userId));
    }
}
