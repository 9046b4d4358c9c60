package org.eassms.eas.sync.hanging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local side of hanging requests: who is woken, and what is registered again. */
class WakeRegistryTest {
    private final WakeRegistry registry = new WakeRegistry();
    private final long inAMinute = System.nanoTime() + Duration.ofMinutes(1).toNanos();

    @Test
    void slicesWakeEveryHangingDeviceOnceBetweenThem() {
        List<WakeRegistry.Waiter> waiters = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waiters.add(registry.arm(i % 7, "device-" + i, inAMinute));
        }
        int woken = 0;
        for (int slice = 0; slice < 6; slice++) {
            int inSlice = registry.wakeSlice(slice, 6);
            assertTrue(inSlice < 100, "a slice is a part, not all: " + inSlice);
            woken += inSlice;
        }
        assertEquals(100, woken);
        assertEquals(0, registry.wakeAll(), "a wake is single-use");
        for (WakeRegistry.Waiter waiter : waiters) {
            assertTrue(waiter.await(Duration.ofSeconds(1)).await().atMost(Duration.ofSeconds(5)));
        }
    }

    @Test
    void aWakeBeforeTheWaitIsNotLostAndAnUnwokenWaitEnds() {
        WakeRegistry.Waiter phone = registry.arm(1, "phone", inAMinute);
        WakeRegistry.Waiter tablet = registry.arm(1, "tablet", inAMinute);
        assertEquals(1, registry.wakeAllBut(1, "tablet"));
        assertTrue(phone.await(Duration.ofSeconds(5)).await().atMost(Duration.ofSeconds(10)));
        assertFalse(tablet.await(Duration.ofMillis(10)).await().atMost(Duration.ofSeconds(5)));
    }

    @Test
    void whatHangsIsListedOncePerDeviceWithItsLongestTimeLeft() {
        registry.arm(1, "phone", System.nanoTime() + Duration.ofSeconds(10).toNanos());
        registry.arm(1, "phone", inAMinute);
        registry.arm(2, "gone", System.nanoTime() - 1);
        List<WakeRegistry.Hanging> hanging = registry.hanging();
        assertEquals(1, hanging.size(), "expired requests are not registered again");
        assertEquals("phone", hanging.get(0).deviceId());
        assertTrue(hanging.get(0).left().compareTo(Duration.ofSeconds(50)) > 0);
    }

    @Test
    void theCountFollowsWaitersArmedWokenAndDisarmedEachOnce() {
        WakeRegistry.Waiter first = registry.arm(1, "phone", inAMinute);
        WakeRegistry.Waiter second = registry.arm(1, "phone", inAMinute);
        WakeRegistry.Waiter tablet = registry.arm(1, "tablet", inAMinute);
        assertEquals(3, registry.size());
        assertEquals(2, registry.wake(1, "phone"));
        assertEquals(1, registry.size(), "woken waiters no longer hang");
        first.disarm();
        second.disarm();
        assertEquals(1, registry.size(), "a woken waiter disarmed afterwards is not counted twice");
        tablet.disarm();
        tablet.disarm();
        assertEquals(0, registry.size());
        assertEquals(0, registry.wakeAll());
    }

    @Test
    void aNewerRequestOfADeviceEndsItsOlderOnesAndKeepsTheDeviceHanging() {
        WakeRegistry.Waiter older = registry.arm(9, "phone", inAMinute);
        WakeRegistry.Waiter tablet = registry.arm(9, "tablet", inAMinute);
        WakeRegistry.Waiter newer = registry.arm(9, "phone", inAMinute);
        assertEquals(1, registry.supersede(9, "phone", newer));
        assertTrue(older.await(Duration.ofSeconds(1)).await().atMost(Duration.ofSeconds(5)));
        assertTrue(older.superseded());
        assertFalse(newer.superseded());
        assertFalse(tablet.superseded(), "another device's request is not touched");
        older.disarm();
        assertTrue(registry.isHanging(9, "phone"), "the newer one still hangs");
        assertEquals(2, registry.size());
    }
}
