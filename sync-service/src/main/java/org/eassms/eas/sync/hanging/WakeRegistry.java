package org.eassms.eas.sync.hanging;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eassms.eas.sync.context.CallerContext;

/**
 * The hanging requests of this replica, by user and device. A request arms a {@link Waiter} before
 * it looks for changes, so a wake that arrives while it is still looking is not lost; no thread
 * waits.
 */
@ApplicationScoped
public class WakeRegistry {
    /** user id, then device id, then the armed requests of that device. */
    private final Map<Long, Map<String, Set<Waiter>>> waiting = new ConcurrentHashMap<>();

    /**
     * How many waiters are armed, kept as they come and go: every arriving request asks (against
     * the replica's limit), so counting the maps instead made a burst of N arrivals cost N².
     */
    private final AtomicInteger armed = new AtomicInteger();

    /** One armed hanging request. */
    public final class Waiter {
        private final long userId;
        private final String deviceId;
        private final long deadlineNanos;
        private boolean woken;
        private boolean superseded;
        private long wokenAt;
        private String wakeTrace;
        private UniEmitter<? super Boolean> emitter;
        private final AtomicBoolean counted = new AtomicBoolean(true);

        private Waiter(long userId, String deviceId, long deadlineNanos) {
            this.userId = userId;
            this.deviceId = deviceId;
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * Completes with true when woken (even before this call), false after {@code interval}.
         * Either way it completes on the caller's Vert.x context (the request's), not on the Redis
         * connection's or a timer's thread: the look that follows uses the request's Hibernate
         * Reactive session, which must stay on its own context.
         */
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
                    .recoverWithItem(false)
                    .emitOn(CallerContext.capture());
        }

        /** When the wake came ({@link System#nanoTime()}), or 0 if none did. */
        public synchronized long wokenAt() {
            return wokenAt;
        }

        /** The traceparent of the SMS dispatch that woke it, or null (untraced, or not a wake). */
        public synchronized String wakeTrace() {
            return wakeTrace;
        }

        /**
         * Woken because a newer hanging request of the same device arrived: answer, do not wait
         * again.
         */
        public synchronized boolean superseded() {
            return superseded;
        }

        /** Leaves the count of armed waiters, once, whether woken or disarmed first. */
        private void uncount() {
            if (counted.compareAndSet(true, false)) {
                armed.decrementAndGet();
            }
        }

        synchronized void wake(String traceparent) {
            wakeTrace = traceparent;
            wake();
        }

        synchronized void wake() {
            uncount();
            woken = true;
            wokenAt = System.nanoTime();
            if (emitter != null) {
                emitter.complete(true);
            }
        }

        /** Stops listening; call when the request ends, however it ends. */
        public void disarm() {
            uncount();
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

    /** A device hanging here and how long its request still hangs (to register it again). */
    public record Hanging(long userId, String deviceId, Duration left) {}

    /**
     * Arms a request of that device that hangs until {@code deadlineNanos} ({@link
     * System#nanoTime()}).
     */
    public Waiter arm(long userId, String deviceId, long deadlineNanos) {
        Waiter waiter = new Waiter(userId, deviceId, deadlineNanos);
        armed.incrementAndGet();
        waiting.computeIfAbsent(userId, u -> new ConcurrentHashMap<>())
                .computeIfAbsent(deviceId, d -> ConcurrentHashMap.newKeySet())
                .add(waiter);
        return waiter;
    }

    /**
     * Ends the requests this device has hanging here, because it sent a new one: a phone whose
     * network changed sends its Ping again on a new connection while the old request still hangs on
     * a connection nobody reads, and would otherwise keep it (and count it against its limits)
     * until its interval ends. They answer as if their interval had ended; the new request sees
     * whatever they would have. Call once the newest is armed, so that the older ones, ending, see
     * that the device still hangs here and leave its registration alone. Returns how many.
     */
    public int supersede(long userId, String deviceId, Waiter newest) {
        Map<String, Set<Waiter>> devices = waiting.get(userId);
        Set<Waiter> waiters = devices == null ? null : devices.get(deviceId);
        if (waiters == null) {
            return 0;
        }
        int ended = 0;
        for (Waiter waiter : List.copyOf(waiters)) {
            if (waiter != newest && waiters.remove(waiter)) {
                synchronized (waiter) {
                    waiter.superseded = true;
                }
                waiter.wake();
                ended++;
            }
        }
        return ended;
    }

    /** Whether a request of this device is armed here. */
    public boolean isHanging(long userId, String deviceId) {
        Map<String, Set<Waiter>> devices = waiting.get(userId);
        return devices != null && devices.containsKey(deviceId);
    }

    /** How many requests of this user hang here (a few devices, so a short walk). */
    public int hangingOf(long userId) {
        Map<String, Set<Waiter>> devices = waiting.get(userId);
        return devices == null ? 0 : devices.values().stream().mapToInt(Set::size).sum();
    }

    /** Wakes every armed request of that device on this replica; returns how many. */
    public int wake(long userId, String deviceId) {
        return wake(userId, deviceId, null);
    }

    /**
     * Wakes every armed request of that device for an SMS whose dispatch has this trace context
     * (null if untraced), so their look joins its trace; returns how many.
     */
    public int wake(long userId, String deviceId, String traceparent) {
        Map<String, Set<Waiter>> devices = waiting.get(userId);
        Set<Waiter> waiters = devices == null ? null : devices.remove(deviceId);
        if (waiters == null) {
            return 0;
        }
        waiters.forEach(waiter -> waiter.wake(traceparent));
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

    /**
     * Wakes every request hanging here, so each looks at the database once: when wakes may have
     * been missed (the wake channel was down), this is how they learn what they missed.
     */
    public int wakeAll() {
        int woken = 0;
        for (Map.Entry<Long, Map<String, Set<Waiter>>> user : waiting.entrySet()) {
            for (String deviceId : Set.copyOf(user.getValue().keySet())) {
                woken += wake(user.getKey(), deviceId);
            }
        }
        return woken;
    }

    /**
     * Wakes the requests of one slice of the devices hanging here (slice {@code slice} of {@code
     * slices}, by a hash of user and device), so that looks at the database spread over time
     * instead of all coming at once; returns how many.
     */
    public int wakeSlice(int slice, int slices) {
        int woken = 0;
        for (Map.Entry<Long, Map<String, Set<Waiter>>> user : waiting.entrySet()) {
            for (String deviceId : Set.copyOf(user.getValue().keySet())) {
                if (Math.floorMod(Objects.hash(user.getKey(), deviceId), slices) == slice) {
                    woken += wake(user.getKey(), deviceId);
                }
            }
        }
        return woken;
    }

    /** The devices hanging here now, each once, with the longest time one of its requests has. */
    public List<Hanging> hanging() {
        long now = System.nanoTime();
        List<Hanging> all = new ArrayList<>();
        waiting.forEach(
                (userId, devices) ->
                        devices.forEach(
                                (deviceId, waiters) -> {
                                    long deadline = Long.MIN_VALUE;
                                    for (Waiter waiter : waiters) {
                                        deadline = Math.max(deadline, waiter.deadlineNanos);
                                    }
                                    if (deadline > now) {
                                        all.add(
                                                new Hanging(
                                                        userId,
                                                        deviceId,
                                                        Duration.ofNanos(deadline - now)));
                                    }
                                }));
        return all;
    }

    /** Requests hanging on this replica now (a gauge, and the limit's measure). */
    public int size() {
        return armed.get();
    }
}
