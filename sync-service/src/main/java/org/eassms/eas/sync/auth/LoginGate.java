package org.eassms.eas.sync.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.context.CallerContext;
import org.eassms.eas.sync.context.Refusals;
import org.eassms.eas.sync.context.TryLater;
import org.jboss.logging.Logger;

/**
 * Lets a bounded number of credential checks reach the database and bcrypt at once, queues a
 * bounded number more, and turns the rest away with {@link TryLater} (HTTP 503, Retry-After). Every
 * phone comes back with a cold login after a restart: 50,000 of them at once had queued in the
 * database pool until its timeout and were answered 500, millions of times over. A check that fails
 * for want of the database is the server's fault, and passing: 503 too.
 */
@ApplicationScoped
public class LoginGate {
    private static final Logger LOG = Logger.getLogger(LoginGate.class);

    private final SyncConfig.Logins config;
    private final LongSupplier clock;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waitingCount = new AtomicInteger();

    /** How long a check has been taking, on average (0 until one has ended). */
    private volatile long averageCheckNanos;

    private final Queue<Turn> waiting = new ConcurrentLinkedQueue<>();
    private final Refusals refusals;

    @Inject
    LoginGate(SyncConfig config, MeterRegistry metrics) {
        this(config.logins(), metrics, System::nanoTime);
    }

    /** {@code clock}: nanoseconds, as {@link System#nanoTime()} (tests move it themselves). */
    LoginGate(SyncConfig.Logins config, MeterRegistry metrics, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
        Gauge.builder("eas.logins.checking", running::get)
                .description("credential checks at the database or bcrypt now")
                .strongReference(true)
                .register(metrics);
        Gauge.builder("eas.logins.waiting", waitingCount::get)
                .description("credential checks waiting for their turn")
                .strongReference(true)
                .register(metrics);
        this.refusals =
                new Refusals(
                        LOG,
                        "logins",
                        Counter.builder("eas.logins.refused")
                                .description(
                                        "logins answered 503: too many waiting, or no database")
                                .register(metrics));
    }

    /** Runs {@code check} when its turn comes, on the caller's Vert.x context. */
    public <T> Uni<T> check(Supplier<Uni<T>> check) {
        return Uni.createFrom().deferred(() -> inTurn(check));
    }

    private <T> Uni<T> inTurn(Supplier<Uni<T>> check) {
        Turn turn = new Turn();
        Uni<T> checked =
                Uni.createFrom()
                        .<Boolean>emitter(turn::request)
                        .chain(started -> check.get())
                        .onFailure(LoginGate::isInfrastructure)
                        .transform(this::unavailable);
        // However it ends, cancelled while waiting included.
        return checked.onTermination().invoke(turn::release);
    }

    /** One request's place: waiting, then holding a slot, then done. */
    private final class Turn {
        private static final int WAITING = 0;
        private static final int GRANTED = 1;
        private static final int DONE = 2;

        private final AtomicInteger state = new AtomicInteger(WAITING);
        private final long since = clock.getAsLong();
        private volatile long grantedAt;
        private UniEmitter<? super Boolean> emitter;
        private Executor caller;

        void request(UniEmitter<? super Boolean> emitter) {
            if (tryStart()) {
                grantedAt = clock.getAsLong();
                state.set(GRANTED);
                emitter.complete(true);
                return;
            }
            int ahead = waitingCount.incrementAndGet();
            if (ahead > config.maxWaitingChecks() || wouldWaitTooLong(ahead)) {
                waitingCount.decrementAndGet();
                state.set(DONE);
                emitter.fail(refuse(ahead + " credential checks are waiting"));
                return;
            }
            this.emitter = emitter;
            // Granted by whichever request ends a check: resumed on our own context, where this
            // request's database session lives.
            this.caller = CallerContext.capture();
            waiting.add(this);
            drain();
        }

        /**
         * Called by {@link #drain} with a slot taken for it; false when the slot goes back (it gave
         * up, or waited too long and is refused).
         */
        boolean grant() {
            if (!state.compareAndSet(WAITING, GRANTED)) {
                return false;
            }
            waitingCount.decrementAndGet();
            if (clock.getAsLong() - since > config.maxWait().toNanos()) {
                state.set(DONE);
                TryLater late = refuse("a credential check waited over " + config.maxWait());
                caller.execute(() -> emitter.fail(late));
                return false;
            }
            grantedAt = clock.getAsLong();
            caller.execute(() -> emitter.complete(true));
            return true;
        }

        void release() {
            if (state.compareAndSet(GRANTED, DONE)) {
                observed(clock.getAsLong() - grantedAt);
                running.decrementAndGet();
                drain();
            } else if (state.compareAndSet(WAITING, DONE)) {
                waitingCount.decrementAndGet();
            }
        }
    }

    /**
     * Whether a check that finds {@code ahead} waiting would wait past {@code max-wait}, at the
     * pace checks have been taking: refused at once rather than after holding its request that
     * long.
     */
    private boolean wouldWaitTooLong(int ahead) {
        long average = averageCheckNanos;
        long rounds = (long) ahead / config.maxConcurrentChecks() + 1;
        return average > 0 && rounds * average > config.maxWait().toNanos();
    }

    /** A moving average over about the last 16 checks; races between updates do not matter. */
    private void observed(long nanos) {
        long average = averageCheckNanos;
        averageCheckNanos = average == 0 ? nanos : average + (nanos - average) / 16;
    }

    private boolean tryStart() {
        while (true) {
            int now = running.get();
            if (now >= config.maxConcurrentChecks()) {
                return false;
            }
            if (running.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Hands free slots to waiting checks; safe to call from any thread. */
    private void drain() {
        while (!waiting.isEmpty() && tryStart()) {
            Turn next = waiting.poll();
            if (next == null || !next.grant()) {
                // Nobody left, or one that gave up waiting: the slot goes back.
                running.decrementAndGet();
            }
        }
    }

    private static boolean isInfrastructure(Throwable failure) {
        return !(failure instanceof AuthenticationFailedException)
                && !(failure instanceof TryLater);
    }

    private TryLater unavailable(Throwable failure) {
        return refuse("credentials cannot be checked (" + failure + ")");
    }

    private TryLater refuse(String reason) {
        return refusals.refuse(reason, config.retryAfter());
    }
}
