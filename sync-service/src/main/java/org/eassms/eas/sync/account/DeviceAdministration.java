package org.eassms.eas.sync.account;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.eassms.eas.sync.domain.AuditRecord;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.repository.DeviceRepository;
import org.eassms.eas.sync.repository.FolderSyncStateRepository;
import org.eassms.eas.sync.repository.SyncStateRepository;
import org.eassms.eas.sync.repository.UserRepository;
import org.jboss.logging.Logger;

/**
 * What an administrator does to one device of a user (Exchange's Remove-MobileDevice, and a forced
 * resync), each in one transaction with its audit record.
 *
 * <ul>
 *   <li>Removing the partnership forgets the device: its provisioning, its SyncKeys and views. Its
 *       next request starts over as a new device (Provision where required, SyncKey 0; a SyncKey it
 *       still holds is answered Invalid SyncKey). Its SMS transport registration in
 *       settings-service stays until the phone turns it off or a wipe is built (issue 13).
 *   <li>A forced resync forgets only its SyncKeys and views: its next FolderSync and Sync are
 *       answered as invalid keys, and it fetches everything again.
 *   <li>A remote wipe takes its policy away; it is told to wipe at its next Provision.
 * </ul>
 */
@ApplicationScoped
public class DeviceAdministration {
    private static final Logger LOG = Logger.getLogger(DeviceAdministration.class);

    /** Whether the device was there to act on. */
    public enum Outcome {
        DONE,
        NO_SUCH_DEVICE
    }

    private final UserRepository users;
    private final DeviceRepository devices;
    private final SyncStateRepository syncStates;
    private final FolderSyncStateRepository folderStates;

    DeviceAdministration(
            UserRepository users,
            DeviceRepository devices,
            SyncStateRepository syncStates,
            FolderSyncStateRepository folderStates) {
        this.users = users;
        this.devices = devices;
        this.syncStates = syncStates;
        this.folderStates = folderStates;
    }

    @WithTransaction
    public Uni<Outcome> removePartnership(String username, String deviceId, String actor) {
        return onDevice(username, deviceId, actor, "remove-partnership", devices::delete);
    }

    @WithTransaction
    public Uni<Outcome> resync(String username, String deviceId, String actor) {
        return onDevice(
                username,
                deviceId,
                actor,
                "resync",
                device ->
                        syncStates
                                .delete("devicePk", device.id)
                                .chain(() -> folderStates.delete("devicePk", device.id)));
    }

    /**
     * Remote wipe (Exchange's Clear-MobileDevice, MS-ASPROV 3.2.5.1.2): the device loses its
     * policy; at its next command it must provision, is answered with the RemoteWipe directive
     * instead of a policy, and from then on with nothing else.
     */
    @WithTransaction
    public Uni<Outcome> requestWipe(String username, String deviceId, String actor) {
        return onDevice(
                username,
                deviceId,
                actor,
                "request-wipe",
                device -> {
                    device.requestWipe();
                    return Uni.createFrom().voidItem();
                });
    }

    /** Does {@code work} to the user's device, if there is one, and records it. */
    private Uni<Outcome> onDevice(
            String username,
            String deviceId,
            String actor,
            String action,
            Function<Device, Uni<?>> work) {
        return deviceOf(username, deviceId)
                .chain(
                        device ->
                                device == null
                                        ? Uni.createFrom().item(Outcome.NO_SUCH_DEVICE)
                                        : work.apply(device)
                                                .chain(
                                                        () ->
                                                                recorded(
                                                                        actor, action, username,
                                                                        deviceId)));
    }

    private Uni<Device> deviceOf(String username, String deviceId) {
        return users.findByUsername(username)
                .chain(
                        user ->
                                user == null
                                        ? Uni.createFrom().nullItem()
                                        : devices.find(user.id, deviceId));
    }

    private Uni<Outcome> recorded(String actor, String action, String username, String deviceId) {
        LOG.infof("%s of device %s of '%s' by %s", action, deviceId, username, actor);
        return AuditRecord.of(actor, action, username, deviceId)
                .persist()
                .replaceWith(Outcome.DONE);
    }
}
