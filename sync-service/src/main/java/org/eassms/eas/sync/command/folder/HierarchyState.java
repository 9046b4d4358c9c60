package org.eassms.eas.sync.command.folder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;
import org.eassms.eas.sync.command.CommandContext;
import org.eassms.eas.sync.command.DeviceRegistry;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.FolderSyncState;
import org.eassms.eas.sync.repository.FolderSyncStateRepository;
import org.eassms.eas.sync.repository.UserRepository;

/**
 * A device's hierarchy SyncKey (MS-ASCMD 2.2.3.181.1), shared by FolderSync and the folder
 * operations: each operation must carry the current key and gets the next one back.
 */
@ApplicationScoped
public class HierarchyState {

    private final FolderSyncStateRepository states;
    private final DeviceRegistry devices;
    private final UserRepository users;

    HierarchyState(FolderSyncStateRepository states, DeviceRegistry devices, UserRepository users) {
        this.states = states;
        this.devices = devices;
        this.users = users;
    }

    /**
     * Runs {@code work} in one transaction with the requesting device and its hierarchy state (null
     * before its first FolderSync), one at a time per user: the state is read under the user's
     * lock, so a concurrent request of the same device sees what the other committed.
     */
    @WithTransaction
    public <T> Uni<T> inTransaction(
            CommandContext context, BiFunction<Device, FolderSyncState, Uni<T>> work) {
        return devices.findOrCreate(context)
                .call(device -> users.lockHierarchyOf(device.userId))
                .chain(device -> of(device).chain(state -> work.apply(device, state)));
    }

    /** The device's state, or null before its first FolderSync. */
    public Uni<FolderSyncState> of(Device device) {
        return states.findById(device.id);
    }

    /** A fresh state after FolderSync with key 0: key 1, told everything up to {@code modseq}. */
    public Uni<FolderSyncState> restart(Device device, FolderSyncState state, long modseq) {
        FolderSyncState fresh = state != null ? state : new FolderSyncState();
        fresh.devicePk = device.id;
        fresh.syncKey = 1;
        fresh.modseq = modseq;
        fresh.prevSyncKey = null;
        fresh.prevModseq = null;
        return state != null ? Uni.createFrom().item(fresh) : states.persist(fresh);
    }

    public static boolean isCurrent(FolderSyncState state, String key) {
        return state != null && Integer.toString(state.syncKey).equals(key);
    }

    public static boolean isPrevious(FolderSyncState state, String key) {
        return state != null
                && state.prevSyncKey != null
                && Integer.toString(state.prevSyncKey).equals(key);
    }

    /** Moves to the next key, keeping the current one for a retry; returns the new key. */
    public static String advance(FolderSyncState state, long upToModseq) {
        state.prevSyncKey = state.syncKey;
        state.prevModseq = state.modseq;
        state.syncKey = state.syncKey + 1;
        state.modseq = upToModseq;
        return Integer.toString(state.syncKey);
    }
}
