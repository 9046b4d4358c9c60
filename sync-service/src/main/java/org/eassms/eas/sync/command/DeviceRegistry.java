package org.eassms.eas.sync.command;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.repository.DeviceRepository;

/** Finds or records the device a request comes from. Call inside a transaction. */
@ApplicationScoped
public class DeviceRegistry {
    private final DeviceRepository devices;
    private final SyncConfig config;

    DeviceRegistry(DeviceRepository devices, SyncConfig config) {
        this.devices = devices;
        this.config = config;
    }

    /**
     * The device of a command that requires provisioning, found or recorded like {@link
     * #findOrCreate}, or a failure with {@link ProvisioningRequiredException} when it does not hold
     * the permanent policy key it presents (nothing is recorded then: the caller's transaction
     * rolls back).
     */
    public Uni<Device> findProvisioned(CommandContext context) {
        return findOrCreate(context).invoke(device -> requireProvisioned(device, context));
    }

    /** Fails with {@link ProvisioningRequiredException} unless the device holds its key. */
    public void requireProvisioned(Device device, CommandContext context) {
        // A device told to wipe is refused everything but Provision, whatever the configuration.
        boolean wiping = device != null && device.isToBeWiped();
        if (wiping
                || config.provisioningRequired()
                        && (device == null || !holdsKey(device, context))) {
            throw new ProvisioningRequiredException(context.deviceId());
        }
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
                            return devices.insertIfAbsent(
                                    context.user().id(), context.deviceId(), context.deviceType());
                        })
                .invoke(device -> noteProtocolVersion(device, context));
    }

    /** Written only when it changes (a device upgraded, or its first request). */
    private static void noteProtocolVersion(Device device, CommandContext context) {
        String version = context.protocolVersion();
        if (version != null && !version.equals(device.protocolVersion)) {
            device.protocolVersion = version;
        }
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
                                        && !device.isToBeWiped()
                                        && holdsKey(device, context));
    }

    private static boolean holdsKey(Device device, CommandContext context) {
        return device.provisioned
                && device.policyKey != null
                && device.policyKey.equals(context.policyKey());
    }
}
