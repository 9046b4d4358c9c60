package org.eassms.eas.sync.hanging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.SmsSpans;
import org.eassms.eas.contract.TraceParent;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.context.Refusals;
import org.jboss.logging.Logger;

/**
 * Parks hanging Syncs and Pings: arms a local waiter, registers the device in Redis (the value
 * names this replica, the TTL is a little above the interval), and removes both however the request
 * ends. A request that could not register (Redis down) still hangs: the {@link WakeChannel}
 * registers it again once Redis is back, and meanwhile wakes it every few seconds to look.
 */
@ApplicationScoped
public class HangingRequests {
    private static final Logger LOG = Logger.getLogger(HangingRequests.class);

    /** How many registrations go to Redis at once when they are all written again. */
    private static final int REREGISTER_CONCURRENCY = 64;

    /** A registration Redis refused (a full pool, a hiccup) is tried again after this, doubling. */
    private static final Duration FIRST_REREGISTRATION = Duration.ofMillis(200);

    private static final Duration LAST_REREGISTRATION = Duration.ofSeconds(5);

    private final ReactiveRedisDataSource redis;
    private final Vertx vertx;
    private final WakeRegistry registry;
    private final ReplicaIdentity replica;
    private final SyncConfig config;
    private final Counter registrationFailures;
    private final Refusals refusals;
    private final Timer answered;
    private final Counter superseded;
    private final Tracer tracer;

    /** Hanging requests whose first look is in progress (against {@code max-arriving}). */
    private final AtomicInteger arriving = new AtomicInteger();

    HangingRequests(
            ReactiveRedisDataSource redis,
            Vertx vertx,
            WakeRegistry registry,
            ReplicaIdentity replica,
            SyncConfig config,
            Tracer tracer,
            MeterRegistry metrics) {
        this.redis = redis;
        this.tracer = tracer;
        this.vertx = vertx;
        this.registry = registry;
        this.replica = replica;
        this.config = config;
        Gauge.builder("eas.hanging.requests", registry::size)
                .description("hanging Sync and Ping requests on this replica")
                .strongReference(true)
                .register(metrics);
        Gauge.builder("eas.hanging.arriving", arriving::get)
                .description("hanging requests whose first look at the database is in progress")
                .strongReference(true)
                .register(metrics);
        this.registrationFailures =
                Counter.builder("eas.hanging.registrations.failed")
                        .description("hanging requests Redis did not take (registered again later)")
                        .register(metrics);
        this.answered =
                Timer.builder("eas.hanging.answer")
                        .description("wake received to the woken request's look finding the news")
                        .publishPercentiles(0.5, 0.99)
                        .register(metrics);
        this.superseded =
                Counter.builder("eas.hanging.superseded")
                        .description("hanging requests ended because their device sent a newer one")
                        .register(metrics);
        this.refusals =
                new Refusals(
                        LOG,
                        "hanging requests",
                        Counter.builder("eas.hanging.refused")
                                .description(
                                        "requests answered 503: this replica held its limit, or"
                                                + " too many were arriving at once")
                                .register(metrics));
    }

    /** A registered hanging request. */
    public final class Hang {
        private final long userId;
        private final String deviceId;
        private final long deadlineNanos;
        private WakeRegistry.Waiter waiter;
        private volatile boolean ended;

        private Hang(long userId, String deviceId, long deadlineNanos) {
            this.userId = userId;
            this.deviceId = deviceId;
            this.deadlineNanos = deadlineNanos;
            this.waiter = registry.arm(userId, deviceId, deadlineNanos);
        }

        private Duration left() {
            return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
        }

        /** A wake is single-use: arm again before looking again, so no wake falls in a gap. */
        private void rearm() {
            waiter.disarm();
            waiter = registry.arm(userId, deviceId, deadlineNanos);
        }

        /**
         * Disarms and deregisters; never fails. The registration names the device, not the request:
         * while a newer request of the device hangs here it stays.
         */
        public Uni<Void> end() {
            ended = true;
            waiter.disarm();
            if (registry.isHanging(userId, deviceId)) {
                return Uni.createFrom().voidItem();
            }
            return redis.key(String.class)
                    .del(RedisNames.hangKey(userId, deviceId))
                    .onFailure()
                    .recoverWithItem(0)
                    .replaceWithVoid();
        }
    }

    /**
     * The whole hanging request: arms and registers, then looks; with nothing to report, waits for
     * a wake or the end of the interval. A wake whose look finds nothing for this request (another
     * folder changed) re-arms for the time left. When the interval ends it looks once more, so news
     * that came without a wake (Redis was down) is not left for the next request. Emits the look
     * that found news, or {@code expired}; deregisters however it ends.
     */
    public <T> Uni<T> hang(
            long userId,
            String deviceId,
            Duration interval,
            Supplier<Uni<T>> look,
            Predicate<T> isNews,
            T expired) {
        int limit = config.hanging().limit();
        if (registry.size() >= limit) {
            return refuse("this replica already holds " + limit + " hanging requests");
        }
        int perUser = config.hanging().maxPerUser();
        if (registry.hangingOf(userId) >= perUser) {
            // One account's clients (or someone with its password) cannot take a replica's
            // capacity from the others.
            return refuse("user " + userId + " already has " + perUser + " hanging requests here");
        }
        if (arriving.get() >= config.hanging().maxArriving()) {
            return refuse(arriving.get() + " hanging requests are arriving at once");
        }
        arriving.incrementAndGet();
        AtomicBoolean arrived = new AtomicBoolean();
        Runnable firstLookDone =
                () -> {
                    if (arrived.compareAndSet(false, true)) {
                        arriving.decrementAndGet();
                    }
                };
        Supplier<Uni<T>> looks =
                () -> arrived.get() ? look.get() : look.get().onTermination().invoke(firstLookDone);
        return start(userId, deviceId, interval)
                .chain(
                        hang ->
                                lookThenWait(hang, looks, isNews, expired, 0, null)
                                        .eventually(hang::end))
                .onTermination()
                .invoke(firstLookDone);
    }

    /** 503 with a Retry-After spread over one to two times {@code retry-after-when-full}. */
    private <T> Uni<T> refuse(String reason) {
        return Uni.createFrom()
                .failure(refusals.refuse(reason, config.hanging().retryAfterWhenFull()));
    }

    /**
     * {@code wokenAt}: when the wake that led to this look came (0 for the first look); {@code
     * wakeTrace}: the trace context of the SMS dispatch that sent it, or null.
     */
    private <T> Uni<T> lookThenWait(
            Hang hang,
            Supplier<Uni<T>> look,
            Predicate<T> isNews,
            T expired,
            long wokenAt,
            String wakeTrace) {
        Uni<T> looked = wakeTrace == null ? look.get() : wokenLook(hang, look, isNews, wakeTrace);
        return looked.chain(
                found -> {
                    if (isNews.test(found)) {
                        if (wokenAt != 0) {
                            answered.record(System.nanoTime() - wokenAt, TimeUnit.NANOSECONDS);
                        }
                        return Uni.createFrom().item(found);
                    }
                    Duration left = hang.left();
                    if (left.isZero()) {
                        return Uni.createFrom().item(expired);
                    }
                    return hang.waiter
                            .await(left)
                            .chain(
                                    woken -> {
                                        if (!woken) {
                                            return finalLook(look, isNews, expired);
                                        }
                                        if (hang.waiter.superseded()) {
                                            return Uni.createFrom().item(expired);
                                        }
                                        long wake = hang.waiter.wokenAt();
                                        String trace = hang.waiter.wakeTrace();
                                        hang.rearm();
                                        return lookThenWait(
                                                hang, look, isNews, expired, wake, trace);
                                    });
                });
    }

    /**
     * The look a wake caused, as a span of the SMS's trace ({@code eas.hanging.woken}, under the
     * dispatch that sent the wake) linked to the hanging request's own span: the trace of an SMS
     * then reaches the phone's response (ADR 10).
     */
    private <T> Uni<T> wokenLook(
            Hang hang, Supplier<Uni<T>> look, Predicate<T> isNews, String wakeTrace) {
        SpanBuilder builder =
                tracer.spanBuilder(SmsSpans.HANGING_WOKEN)
                        .setParent(TraceParent.parse(wakeTrace))
                        .setAttribute(SmsSpans.USER_ID, hang.userId)
                        .setAttribute(SmsSpans.DEVICE_ID, hang.deviceId);
        SpanContext request = Span.current().getSpanContext();
        if (request.isValid()) {
            builder.addLink(request);
        }
        Span span = builder.startSpan();
        return look.get()
                .invoke(found -> span.setAttribute(SmsSpans.NEWS, isNews.test(found)))
                .onTermination()
                .invoke(span::end);
    }

    private static <T> Uni<T> finalLook(Supplier<Uni<T>> look, Predicate<T> isNews, T expired) {
        return look.get().map(found -> isNews.test(found) ? found : expired);
    }

    /** Arms and registers; the caller then looks for changes and, finding none, awaits. */
    public Uni<Hang> start(long userId, String deviceId, Duration interval) {
        Duration wait =
                spread(
                        config.hanging()
                                .waitCap()
                                .filter(cap -> cap.compareTo(interval) < 0)
                                .orElse(interval));
        Hang hang = new Hang(userId, deviceId, System.nanoTime() + wait.toNanos());
        int older = registry.supersede(userId, deviceId, hang.waiter);
        if (older > 0) {
            superseded.increment(older);
            LOG.debugf("a new hanging request of %s ends %d older one(s)", deviceId, older);
        }
        return register(userId, deviceId, wait)
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            registrationFailed(hang, failure, FIRST_REREGISTRATION);
                            return null;
                        })
                .replaceWith(hang);
    }

    /** Up to {@code expiry-spread} of the interval less, at random. */
    private Duration spread(Duration wait) {
        double early = ThreadLocalRandom.current().nextDouble() * config.hanging().expirySpread();
        return wait.minusMillis((long) (wait.toMillis() * Math.min(early, 0.5)));
    }

    /**
     * A request Redis did not take still hangs, and is registered again a little later while it
     * hangs (a burst of phones can fill the pool's queue). If Redis itself is down, the wake
     * channel notices, logs the outage once, has the request look every few seconds, and registers
     * it again when Redis is back.
     */
    private void registrationFailed(Hang hang, Throwable failure, Duration retryIn) {
        registrationFailures.increment();
        LOG.debugf(
                "cannot register hanging request of %s in Redis (again in %d ms): %s",
                hang.deviceId, retryIn.toMillis(), failure.getMessage());
        vertx.setTimer(
                retryIn.toMillis(),
                id -> {
                    if (hang.ended || hang.left().isZero()) {
                        return;
                    }
                    register(hang.userId, hang.deviceId, hang.left())
                            .subscribe()
                            .with(
                                    registered -> {},
                                    again ->
                                            registrationFailed(
                                                    hang,
                                                    again,
                                                    Backoff.doubled(retryIn, LAST_REREGISTRATION)));
                });
    }

    private Uni<Void> register(long userId, String deviceId, Duration wait) {
        return redis.value(String.class)
                .set(
                        RedisNames.hangKey(userId, deviceId),
                        replica.id(),
                        new SetArgs().ex(wait.plus(config.hanging().registrationGrace())))
                .replaceWithVoid();
    }

    /**
     * Registers every request hanging here again (Redis came back, possibly empty); returns how
     * many devices were registered. Fails if Redis fails again.
     */
    public Uni<Integer> registerAll() {
        return Multi.createFrom()
                .iterable(registry.hanging())
                .onItem()
                .transformToUni(
                        hanging ->
                                register(hanging.userId(), hanging.deviceId(), hanging.left())
                                        .replaceWith(1))
                .merge(REREGISTER_CONCURRENCY)
                .collect()
                .with(Collectors.summingInt(Integer::intValue));
    }
}
