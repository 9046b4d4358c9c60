package org.eassms.eas.sync.account;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.AuditRecord;
import org.eassms.eas.sync.domain.User;
import org.eassms.eas.sync.repository.DeviceRepository;
import org.eassms.eas.sync.repository.SyncStateRepository;
import org.eassms.eas.sync.repository.UserRepository;
import org.jboss.logging.Logger;

/**
 * A user's AllowTextMessaging (MS-ASPROV 2.2.2.16), set by an administrator. What it governs is
 * enforced where SMS are read and written: the Provision policy carries it, the item queries show
 * SMS only while it is on (Sync, GetItemEstimate and Ping alike), and the Outbox takes no SMS while
 * it is off.
 *
 * <p>A change reaches the user's devices at once, as Exchange's does: each loses its policy (it
 * provisions again and receives the new one) and its SyncKeys (it syncs its folders from the
 * start), so SMS disappear from a device when text messaging is turned off, and all of them,
 * including those received meanwhile, come back when it is turned on again.
 */
@ApplicationScoped
public class TextMessagingPolicy {
    private static final Logger LOG = Logger.getLogger(TextMessagingPolicy.class);

    private final UserRepository users;
    private final DeviceRepository devices;
    private final SyncStateRepository syncStates;

    TextMessagingPolicy(
            UserRepository users, DeviceRepository devices, SyncStateRepository syncStates) {
        this.users = users;
        this.devices = devices;
        this.syncStates = syncStates;
    }

    /** Sets it, in one transaction with its audit record; true when the user existed. */
    @WithTransaction
    public Uni<Boolean> allow(String username, boolean allowed, String actor) {
        return users.findByUsername(username)
                .chain(
                        user ->
                                user == null
                                        ? Uni.createFrom().item(false)
                                        : set(user, allowed, actor));
    }

    private Uni<Boolean> set(User user, boolean allowed, String actor) {
        user.allowTextMessaging = allowed;
        String action = allowed ? "allow-text-messaging" : "disallow-text-messaging";
        return devices.update("provisioned = false where userId = ?1", user.id)
                .chain(
                        () ->
                                syncStates.delete(
                                        "devicePk in (select d.id from Device d where d.userId = ?1)",
                                        user.id))
                .chain(() -> AuditRecord.of(actor, action, user.username, null).persist())
                .invoke(
                        () ->
                                LOG.infof(
                                        "%s for '%s' by %s: its devices provision and sync again",
                                        action, user.username, actor))
                .replaceWith(true);
    }
}
