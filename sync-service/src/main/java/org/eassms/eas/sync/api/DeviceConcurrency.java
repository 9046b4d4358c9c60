package org.eassms.eas.sync.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.context.Refusals;
import org.jboss.logging.Logger;

/**
 * Bounds the ActiveSync requests one device has in progress on this replica: a client in a retry
 * loop, or someone with a password sending as one device, takes a bounded share of the replica.
 * Older hanging requests of a device end when it sends a new one, so a phone reconnecting on a
 * flaky network does not pile up against the bound.
 */
@ApplicationScoped
public class DeviceConcurrency {
    private static final Logger LOG = Logger.getLogger(DeviceConcurrency.class);

    /** "user id/device id" to requests in progress; an entry leaves with its last request. */
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    private final SyncConfig config;
    private final Refusals refusals;

    DeviceConcurrency(SyncConfig config, MeterRegistry metrics) {
        this.config = config;
        this.refusals =
                new Refusals(
                        LOG,
                        "requests of a device beyond its concurrency",
                        Counter.builder("eas.device.requests.refused")
                                .description(
                                        "requests answered 503: their device already had"
                                                + " eas.sync.clients.max-concurrent-per-device in"
                                                + " progress")
                                .register(metrics));
    }

    /** Runs the request if the device has room for it; fails with TryLater if not. */
    public <T> Uni<T> run(long userId, String deviceId, Supplier<Uni<? extends T>> request) {
        String key = userId + "/" + deviceId;
        int now = inProgress.merge(key, 1, Integer::sum);
        int max = config.clients().maxConcurrentPerDevice();
        if (now > max) {
            release(key);
            return Uni.createFrom()
                    .failure(
                            refusals.refuse(
                                    "device " + deviceId + " already has " + max + " requests",
                                    config.clients().retryAfter()));
        }
        return Uni.createFrom().<T>deferred(request).onTermination().invoke(() -> release(key));
    }

    private void release(String key) {
        inProgress.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
    }
}
