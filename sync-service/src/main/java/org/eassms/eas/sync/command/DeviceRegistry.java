package org.eassms.eas.sync.command;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.repository.DeviceRepository;

/** Finds or records the device a request comes from. Call inside a transaction. */
@ApplicationScoped
public class DeviceRegistry {
    private final DeviceRepository devices;

    DeviceRegistry(DeviceRepository devices) {
        this.devices = devices;
    }

    private static final java.time.Duration LAST_SEEN_RESOLUTION = java.time.Duration.ofMinutes(1);

    public Uni<Device> findOrCreate(CommandContext context) {
        return devices.find(context.user().id(), context.deviceId())
                .chain(
                        device -> {
                            if (device != null) {
                                // At most one write a minute: phones send several requests a
                                // second when busy, and each would rewrite the device row.
                                OffsetDateTime now = OffsetDateTime.now();
                                if (device.lastSeenAt.isBefore(now.minus(LAST_SEEN_RESOLUTION))) {
                                    device.lastSeenAt = now;
                                }
                                return Uni.createFrom().item(device);
                            }
                            Device created = new Device();
                            created.userId = context.user().id();
                            created.deviceId = context.deviceId();
                            created.deviceType = context.deviceType();
                            return devices.persist(created);
                        });
    }

    public Uni<Device> find(CommandContext context) {
        return devices.find(context.user().id(), context.deviceId());
    }

    /** Whether the device holds the permanent policy key it presents (MS-ASPROV 3.2.5.1). */
    public Uni<Boolean> isProvisioned(CommandContext context) {
        return devices.find(context.user().id(), context.deviceId())
                .map(
                        device ->
                                device != null
                                        && device.provisioned
                                        && device.policyKey != null
                                        && device.policyKey.equals(context.policyKey()));
    }
}
