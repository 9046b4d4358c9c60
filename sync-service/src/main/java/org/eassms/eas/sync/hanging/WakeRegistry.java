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
    private final Map<String, Set<Waiter>> waiting = new ConcurrentHashMap<>();

    /** One armed hanging request. */
    public final class Waiter {
        private final String key;
        private boolean woken;
        private UniEmitter<? super Boolean> emitter;

        private Waiter(String key) {
            this.key = key;
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
                    key,
                    (k, set) -> {
                        set.remove(this);
                        return set.isEmpty() ? null : set;
                    });
        }
    }

    public Waiter arm(long userId, String deviceId) {
        Waiter waiter = new Waiter(key(userId, deviceId));
        waiting.computeIfAbsent(waiter.key, k -> ConcurrentHashMap.newKeySet()).add(waiter);
        return waiter;
    }

    /** Wakes every armed request of that device on this replica; returns how many. */
    public int wake(long userId, String deviceId) {
        Set<Waiter> waiters = waiting.remove(key(userId, deviceId));
        if (waiters == null) {
            return 0;
        }
        waiters.forEach(Waiter::wake);
        return waiters.size();
    }

    /** Requests hanging on this replica now (a gauge). */
    public int size() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    private static String key(long userId, String deviceId) {
        return userId + "/" + deviceId;
    }
}
