package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eassms.eas.phone.PhoneSimulator;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.testsupport.eas.EasDevice;

/**
 * What a user sees of push while something fails: a registered phone relaying from a hanging Sync
 * in a loop (reconnecting, to another replica if its own is gone, when a request fails), and a
 * tablet posting an SMS every {@link #PACE}, both timed. Tells whether every accepted SMS reached
 * the phone exactly once and in order, and how long after a moment push worked again: from then on
 * every SMS reached the phone within {@link #PUSH}.
 */
final class PushProbe implements AutoCloseable {
    static final Duration PACE = Duration.ofMillis(250);
    static final Duration PUSH = Duration.ofSeconds(2);

    /** An SMS the server accepted (HTTP 201) and when. */
    record Accepted(String body, Instant at) {}

    private final PhoneSimulator phone;
    private final EasDevice tablet;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, List<Instant>> received = new ConcurrentHashMap<>();
    private final List<String> receivedInOrder = new CopyOnWriteArrayList<>();
    private final String prefix;
    private final Thread phoneLoop;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile boolean relaying = true;

    PushProbe(SystemUnderTest system, String name) throws Exception {
        String user = Scenario.newUser(system);
        this.phone = Scenario.registeredPhone(system, user);
        // Timed when the phone sends each SMS, not when it has filed its whole batch.
        phone.onSend(this::received);
        this.tablet = Scenario.tablet(system, user);
        this.prefix = name + "-";
        this.phoneLoop = new Thread(this::relay, name + "-phone");
        phoneLoop.setDaemon(true);
        phoneLoop.start();
        sender.scheduleWithFixedDelay(this::send, 0, PACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void relay() {
        while (relaying) {
            try {
                phone.relayOnce();
            } catch (IOException | RuntimeException failed) {
                // As a phone does before it connects again.
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    private void received(MessageData sms) {
        Instant now = Instant.now();
        String body = sms.body().data();
        received.computeIfAbsent(body, b -> new CopyOnWriteArrayList<>()).add(now);
        receivedInOrder.add(body);
    }

    private void send() {
        String body = prefix + sent.incrementAndGet();
        try {
            int status =
                    tablet.client()
                            .json(
                                    "POST",
                                    "/api/sms",
                                    "{\"to\":\"+14255550143\",\"body\":\"" + body + "\"}")
                            .statusCode();
            if (status == 201) {
                accepted.add(new Accepted(body, Instant.now()));
            }
        } catch (IOException failed) {
            // not accepted: the user would try again, with a new SMS here
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sync-service replica the phone talks to now. */
    String phoneServer() {
        return phone.device().client().baseUrl();
    }

    /** Waits until {@code count} SMS were accepted after {@code moment}. */
    void awaitAcceptedAfter(Instant moment, int count, Duration atMost) {
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                accepted.stream().filter(a -> a.at().isAfter(moment)).count()
                                        >= count);
    }

    /**
     * Stops sending, waits for every accepted SMS, and checks that each reached the phone exactly
     * once and in the order accepted.
     */
    void assertEveryAcceptedSmsArrivedOnceInOrder(Duration atMost) throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(15, TimeUnit.SECONDS);
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> accepted.stream().allMatch(a -> received.containsKey(a.body())));
        relaying = false;
        List<String> expected = accepted.stream().map(Accepted::body).toList();
        List<String> duplicated =
                received.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::getKey)
                        .toList();
        assertEquals(List.of(), duplicated, "no SMS reached the phone twice");
        List<String> mine = receivedInOrder.stream().filter(b -> b.startsWith(prefix)).toList();
        assertEquals(expected, mine, "every accepted SMS, nothing else, in order");
        assertTrue(expected.size() > 10, "the stream ran: " + expected.size() + " SMS");
    }

    /**
     * How long after {@code moment} push worked again: the first SMS accepted from then on, after
     * which every SMS reached the phone within {@link #PUSH}, was accepted this long after it.
     */
    Duration pushBackAfter(Instant moment) {
        List<Accepted> after =
                accepted.stream()
                        .filter(a -> !a.at().isBefore(moment))
                        .sorted(Comparator.comparing(Accepted::at))
                        .toList();
        assertTrue(after.size() > 4, "SMS were sent after " + moment);
        int firstOfTheGoodRun = after.size();
        for (int i = after.size() - 1; i >= 0; i--) {
            if (!pushed(after.get(i))) {
                break;
            }
            firstOfTheGoodRun = i;
        }
        assertTrue(
                firstOfTheGoodRun < after.size() - 2,
                "push works again by the end of the stream: " + latencies(after));
        return Duration.between(moment, after.get(firstOfTheGoodRun).at()).isNegative()
                ? Duration.ZERO
                : Duration.between(moment, after.get(firstOfTheGoodRun).at());
    }

    /**
     * The first SMS accepted after {@code moment}: when each was accepted (ms after it) and how
     * long it took to reach the phone, for reading a slow recovery.
     */
    String timelineAfter(Instant moment, int count) {
        List<String> out = new ArrayList<>();
        accepted.stream()
                .filter(a -> !a.at().isBefore(moment))
                .sorted(Comparator.comparing(Accepted::at))
                .limit(count)
                .forEach(
                        a -> {
                            List<Instant> at = received.get(a.body());
                            out.add(
                                    Duration.between(moment, a.at()).toMillis()
                                            + ":"
                                            + (at == null
                                                    ? "never"
                                                    : Duration.between(a.at(), at.get(0))
                                                            .toMillis()));
                        });
        return String.join(" ", out);
    }

    private boolean pushed(Accepted sms) {
        List<Instant> at = received.get(sms.body());
        return at != null && Duration.between(sms.at(), at.get(0)).compareTo(PUSH) <= 0;
    }

    private List<String> latencies(List<Accepted> sms) {
        List<String> out = new ArrayList<>();
        for (Accepted a : sms) {
            List<Instant> at = received.get(a.body());
            out.add(
                    a.body()
                            + "="
                            + (at == null
                                    ? "never"
                                    : Duration.between(a.at(), at.get(0)).toMillis() + "ms"));
        }
        return out;
    }

    @Override
    public void close() {
        sender.shutdownNow();
        relaying = false;
        phoneLoop.interrupt();
    }
}
