package org.eassms.eas.sync.hanging;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hanging requests of this replica, by user and device. A request arms a {@link Waiter} before
 * it looks for changes, so a wake that arrives while it is still looking is not lost; no thread
 * waits.
 */
@ApplicationScoped
public class WakeRegistry {
    /** user id, then device id, then the armed requests of that device. */
    private final Map<Long, Map<String, Set<Waiter>>> waiting = new ConcurrentHashMap<>();

    /** One armed hanging request. */
    public final class Waiter {
        private final long userId;
        private final String deviceId;
        private boolean woken;
        private UniEmitter<? super Boolean> emitter;

        private Waiter(long userId, String deviceId) {
            this.userId = userId;
            this.deviceId = deviceId;
        }

        /** Completes with true when woken (even before this call), false after {@code interval}. */
        public Uni<Boolean> await(Duration interval) {
            return Uni.createFrom()
                    .<Boolean>emitter(
                            e -> {
                                synchronized (this) {
                                    if (woken) {
                                        e.complete(true);
                                    } else {
                                        emitter = e;
                                    }
                                }
                            })
                    .ifNoItem()
                    .after(interval)
                    .recoverWithItem(false);
        }

        synchronized void wake() {
            woken = true;
            if (emitter != null) {
                emitter.complete(true);
            }
        }

        /** Stops listening; call when the request ends, however it ends. */
        public void disarm() {
            waiting.computeIfPresent(
                    userId,
                    (u, devices) -> {
                        devices.computeIfPresent(
                                deviceId,
                                (d, set) -> {
                                    set.remove(this);
                                    return set.isEmpty() ? null : set;
                                });
                        return devices.isEmpty() ? null : devices;
                    });
        }
    }

    public Waiter arm(long userId, String deviceId) {
        Waiter waiter = new Waiter(userId, deviceId);
        waiting.computeIfAbsent(userId, u -> new ConcurrentHashMap<>())
                .computeIfAbsent(deviceId, d -> ConcurrentHashMap.newKeySet())
                .add(waiter);
        return waiter;
    }

    /** Wakes every armed request of that device on this replica; returns how many. */
    public int wake(long userId, String deviceId) {
        Map<String, Set<Waiter>> devices = waiting.get(userId);
        Set<Waiter> waiters = devices == null ? null : devices.remove(deviceId);
        if (waiters == null) {
            return 0;
        }
        waiters.forEach(Waiter::wake);
        return waiters.size();
    }

    /**
     * Wakes every armed request of the user's devices on this replica but the one that made the
     * change (it knows already); returns how many.
     */
    public int wakeAllBut(long userId, String exceptDeviceId) {
        Map<String, Set<Waiter>> devices = waiting.get(userId);
        if (devices == null) {
            return 0;
        }
        int woken = 0;
        for (String deviceId : Set.copyOf(devices.keySet())) {
            if (!deviceId.equals(exceptDeviceId)) {
                woken += wake(userId, deviceId);
            }
        }
        return woken;
    }

    /** Requests hanging on this replica now (a gauge). */
    public int size() {
        return waiting.values().stream()
                .flatMap(devices -> devices.values().stream())
                .mapToInt(Set::size)
                .sum();
    }
}
