package org.eassms.eas.sync.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.eassms.eas.sync.context.TryLater;
import org.eassms.eas.testsupport.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, greedy clients: one device has at most {@code max-concurrent-per-device} requests in
 * progress; the next is refused with TryLater (503, Retry-After), other devices are not, and a
 * finished or abandoned request gives its place back.
 */
@QuarkusTest
@TestProfile(DeviceConcurrencyTest.TwoPerDevice.class)
class DeviceConcurrencyTest {

    public static class TwoPerDevice extends ConfigOverrides {
        public TwoPerDevice() {
            super("eas.sync.clients.max-concurrent-per-device", "2");
        }
    }

    @Inject DeviceConcurrency concurrency;

    /** A request that stays in progress until cancelled (a client that went away). */
    private Cancellable inProgress(String device, AtomicReference<Throwable> failure) {
        return concurrency
                .<String>run(7, device, () -> Uni.createFrom().<String>emitter(pending -> {}))
                .subscribe()
                .with(done -> {}, failure::set);
    }

    @Test
    void aThirdRequestOfOneDeviceIsRefusedUntilOneEnds() {
        AtomicReference<Throwable> first = new AtomicReference<>();
        AtomicReference<Throwable> second = new AtomicReference<>();
        AtomicReference<Throwable> third = new AtomicReference<>();
        Cancellable one = inProgress("phone", first);
        inProgress("phone", second);
        inProgress("phone", third);
        assertNull(first.get());
        assertNull(second.get());
        assertInstanceOf(TryLater.class, third.get(), "the third is refused");

        AtomicReference<Throwable> otherDevice = new AtomicReference<>();
        inProgress("tablet", otherDevice);
        assertNull(otherDevice.get(), "another device is not");

        one.cancel();
        assertEquals(
                "done",
                concurrency
                        .run(7, "phone", () -> Uni.createFrom().item("done"))
                        .await()
                        .indefinitely(),
                "a place is free again once a request is abandoned");
    }
}
