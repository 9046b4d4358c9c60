package org.eassms.eas.sync.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.context.TryLater;
import org.junit.jupiter.api.Test;

class LoginGateTest {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private record Limits(
            int maxConcurrentChecks, int maxWaitingChecks, Duration maxWait, Duration retryAfter)
            implements SyncConfig.Logins {
        @Override
        public Duration failureWindow() {
            return Duration.ofMinutes(15);
        }

        @Override
        public int maxFailuresPerAccount() {
            return 10;
        }

        @Override
        public int maxFailuresPerAddress() {
            return 100;
        }
    }

    /** The gate's clock, moved by the tests instead of sleeping. */
    private final AtomicLong clock = new AtomicLong();

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final LoginGate gate =
            new LoginGate(new Limits(2, 3, Duration.ofHours(1), RETRY_AFTER), metrics, this::now);
    private final AtomicInteger started = new AtomicInteger();
    private final List<CompletableFuture<String>> checks = new ArrayList<>();

    /** A check that runs until the test completes it. */
    private UniAssertSubscriber<String> login() {
        return login(gate);
    }

    private UniAssertSubscriber<String> login(LoginGate gate) {
        return gate.check(
                        () -> {
                            started.incrementAndGet();
                            CompletableFuture<String> check = new CompletableFuture<>();
                            checks.add(check);
                            return Uni.createFrom().completionStage(check);
                        })
                .subscribe()
                .withSubscriber(UniAssertSubscriber.create());
    }

    private long now() {
        return clock.get();
    }

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    @Test
    void checksBeyondTheLimitWaitAndBeyondTheQueueAreRefusedWithASpreadRetryAfter() {
        List<UniAssertSubscriber<String>> logins = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logins.add(login());
        }
        assertEquals(2, started.get(), "two checks at once");
        assertEquals(3, gauge("eas.logins.waiting"));

        UniAssertSubscriber<String> refused = login();
        TryLater failure = assertInstanceOf(TryLater.class, refused.getFailure());
        assertTrue(failure.retryAfter().compareTo(RETRY_AFTER) >= 0);
        assertTrue(failure.retryAfter().compareTo(RETRY_AFTER.multipliedBy(2)) <= 0);
        assertEquals(1, metrics.get("eas.logins.refused").counter().count());

        checks.get(0).complete("alice");
        logins.get(0).assertItem("alice");
        assertEquals(3, started.get(), "the first waiting check took the free slot");
        assertEquals(2, gauge("eas.logins.checking"));
        assertEquals(2, gauge("eas.logins.waiting"));
    }

    @Test
    void aLoginThatGivesUpWaitingLeavesItsPlaceToTheNext() {
        login();
        login();
        UniAssertSubscriber<String> impatient = login();
        UniAssertSubscriber<String> patient = login();
        impatient.cancel();
        assertEquals(1, gauge("eas.logins.waiting"));

        checks.get(0).complete("alice");
        assertEquals(3, started.get());
        assertEquals(0, gauge("eas.logins.waiting"));
        checks.get(2).complete("bob");
        patient.assertItem("bob");
        checks.get(1).complete("carol");
        assertEquals(0, gauge("eas.logins.checking"), "every slot given back");
    }

    @Test
    void aDatabaseFailureIsUnavailableButAWrongPasswordStaysAWrongPassword() {
        UniAssertSubscriber<String> databaseDown = login();
        UniAssertSubscriber<String> wrongPassword = login();
        checks.get(0).completeExceptionally(new IllegalStateException("pool timeout"));
        checks.get(1).completeExceptionally(new AuthenticationFailedException("wrong"));

        assertInstanceOf(TryLater.class, databaseDown.getFailure());
        assertInstanceOf(AuthenticationFailedException.class, wrongPassword.getFailure());
        assertEquals(0, gauge("eas.logins.checking"));
    }

    @Test
    void aCheckThatWaitedTooLongIsRefusedWhenItsTurnComesAndGivesTheSlotOn() {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        LoginGate hurried =
                new LoginGate(new Limits(1, 3, Duration.ofMillis(1), RETRY_AFTER), own, this::now);
        login(hurried);
        UniAssertSubscriber<String> late = login(hurried);
        clock.addAndGet(Duration.ofMillis(20).toNanos());
        checks.get(0).complete("alice");

        assertInstanceOf(TryLater.class, late.getFailure());
        assertEquals(1, started.get(), "the late check never ran");
        assertEquals(0, own.get("eas.logins.checking").gauge().value());
        assertEquals(0, own.get("eas.logins.waiting").gauge().value());
        assertEquals(1, own.get("eas.logins.refused").counter().count());
    }

    @Test
    void aCheckThatWouldWaitTooLongAtThePaceOfTheLastOnesIsRefusedAtOnce() {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        LoginGate gate =
                new LoginGate(
                        new Limits(1, 10, Duration.ofMillis(50), RETRY_AFTER), own, this::now);
        UniAssertSubscriber<String> slow = login(gate);
        clock.addAndGet(Duration.ofMillis(100).toNanos());
        checks.get(0).complete("alice");
        slow.assertItem("alice");

        login(gate);
        UniAssertSubscriber<String> next = login(gate);
        assertInstanceOf(
                TryLater.class,
                next.getFailure(),
                "one check ahead at 100 ms a check is more than the 50 ms it may wait");
        assertEquals(0, own.get("eas.logins.waiting").gauge().value());
    }
}
