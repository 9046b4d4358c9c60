package org.eassms.eas.relay.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.SmsSpans;
import org.eassms.eas.contract.TraceParent;
import org.eassms.eas.relay.config.RelayConfig;
import org.eassms.eas.relay.registration.HangingRegistrations;
import org.eassms.eas.relay.transports.SmsTransports;
import org.eassms.eas.relay.wake.WakePublisher;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * For each {@link SmsQueued} event: the user's SMS transports (EnableOutboundSMS=1), those of them
 * hanging right now and where, then one wake per such device. The record is acknowledged only after
 * that (the method returns a Uni). An event already handled is skipped, so a redelivery wakes
 * nobody twice; it is marked handled only after its wakes went out, so a dispatcher that dies in
 * between leaves it to the next one. While Redis is down the event is tried again for {@code
 * eas.relay.wake-retry}, then given up with a WARN (sync-service then finds the SMS by looking).
 *
 * <p>Each event is handled in an {@code eas.relay.dispatch} span under the publication's trace
 * context (the record's {@code traceparent} header), and each wake carries that span's context to
 * the replica it wakes: the SMS's trace goes on into the phone's response (ADR 10).
 */
@ApplicationScoped
public class OutboxEventConsumer {
    private static final Logger LOG = Logger.getLogger(OutboxEventConsumer.class);
    private static final String SEEN_PREFIX = "eas:relay:seen:";

    private final SmsTransports transports;
    private final HangingRegistrations registrations;
    private final WakePublisher wakes;
    private final ReactiveRedisDataSource redis;
    private final ObjectMapper json;
    private final RelayConfig config;
    private final Tracer tracer;
    private final Counter consumed;
    private final Counter duplicates;
    private final Counter wakesSent;
    private final Counter givenUp;
    private final Timer lag;
    private final Timer transit;

    OutboxEventConsumer(
            SmsTransports transports,
            HangingRegistrations registrations,
            WakePublisher wakes,
            ReactiveRedisDataSource redis,
            ObjectMapper json,
            RelayConfig config,
            Tracer tracer,
            MeterRegistry metrics) {
        this.transports = transports;
        this.registrations = registrations;
        this.wakes = wakes;
        this.redis = redis;
        this.json = json;
        this.config = config;
        this.tracer = tracer;
        this.consumed = metrics.counter("eas.relay.events.consumed");
        this.duplicates = metrics.counter("eas.relay.events.duplicate");
        this.wakesSent = metrics.counter("eas.relay.wakes.sent");
        this.givenUp = metrics.counter("eas.relay.events.given.up");
        this.lag =
                Timer.builder("eas.relay.lag")
                        .description("SMS queued to wake sent")
                        .publishPercentiles(0.5, 0.99)
                        .register(metrics);
        this.transit =
                Timer.builder("eas.relay.transit")
                        .description("event sent by the outbox to received here (Kafka)")
                        .publishPercentiles(0.5, 0.99)
                        .register(metrics);
    }

    /**
     * The first event's path once at start, on data that exists nowhere: the event's JSON, the
     * Redis pool's connections and commands. The first SMS of a fresh replica then costs what the
     * others do instead of a few hundred milliseconds more.
     */
    void warmUp(@Observes StartupEvent start) {
        try {
            json.readValue(
                    json.writeValueAsString(
                            SmsQueued.of(0, "warm-up", 0, "0:0", "0", Instant.now())),
                    SmsQueued.class);
        } catch (Exception e) {
            LOG.debugf("warm-up of the event JSON failed: %s", e.getMessage());
        }
        redis.key(String.class)
                .exists(SEEN_PREFIX + "warm-up")
                .chain(() -> registrations.replicasOf(0, List.of("warm-up")))
                .subscribe()
                .with(
                        ignored -> LOG.debug("dispatch path warmed up"),
                        failure -> LOG.debugf("warm-up of Redis failed: %s", failure.getMessage()));
    }

    @Incoming("sms-outbox")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        Span span =
                tracer.spanBuilder(SmsSpans.RELAY_DISPATCH)
                        .setParent(TraceParent.parse(header(record, TraceParent.HEADER)))
                        .setSpanKind(SpanKind.CONSUMER)
                        .startSpan();
        return handle(record, span).onTermination().invoke(span::end);
    }

    private Uni<Void> handle(ConsumerRecord<String, String> record, Span span) {
        consumed.increment();
        if (record.timestamp() > 0) {
            transit.record(
                    Duration.ofMillis(
                            Math.max(0, System.currentTimeMillis() - record.timestamp())));
        }
        SmsQueued event;
        try {
            event = json.readValue(record.value(), SmsQueued.class);
        } catch (Exception e) {
            LOG.warnf("skipped unreadable event at offset %d: %s", record.offset(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
        String eventId = header(record, EventHeaders.ID);
        if (eventId == null || event.userId() < 0) {
            LOG.warnf("skipped event without id or user at offset %d", record.offset());
            return Uni.createFrom().voidItem();
        }
        String seenKey = SEEN_PREFIX + eventId;
        long userId = event.userId();
        span.setAttribute(SmsSpans.SMS_ID, event.itemId());
        span.setAttribute(SmsSpans.USER_ID, userId);
        String traceparent = TraceParent.of(span);
        // Both questions go to Redis at once: whether the event was handled, and where the
        // user's transports hang. One round trip on the wake's path instead of two.
        return Uni.combine()
                .all()
                .unis(
                        redis.key(String.class).exists(seenKey),
                        registrations.replicasOf(userId, transports.enabledDevices(userId)))
                .asTuple()
                .chain(
                        answers ->
                                answers.getItem1()
                                        ? alreadyHandled(eventId)
                                        : dispatch(event, answers.getItem2(), traceparent)
                                                .invoke(
                                                        woken ->
                                                                span.setAttribute(
                                                                        SmsSpans.WAKES, woken))
                                                .call(() -> remember(seenKey))
                                                .replaceWithVoid())
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2))
                .expireIn(config.wakeRetry().toMillis())
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            span.setStatus(StatusCode.ERROR, "gave up: " + failure.getMessage());
                            return gaveUp(event, eventId, failure);
                        });
    }

    private Uni<Void> alreadyHandled(String eventId) {
        duplicates.increment();
        LOG.debugf("event %s already handled", eventId);
        return Uni.createFrom().voidItem();
    }

    /**
     * Marked after the wakes, off the wake's path: a crash in between means one more wake, which
     * costs the phone one look.
     */
    private Uni<Void> remember(String seenKey) {
        return redis.value(String.class).setex(seenKey, config.dedupeTtl().toSeconds(), "1");
    }

    private Void gaveUp(SmsQueued event, String eventId, Throwable failure) {
        givenUp.increment();
        LOG.warnf(
                "gave up waking the transports for event %s of user %d after %d s: %s",
                eventId, event.userId(), config.wakeRetry().toSeconds(), failure.getMessage());
        return null;
    }

    /** Emits how many hanging requests were woken. */
    private Uni<Long> dispatch(SmsQueued event, Map<String, String> hanging, String traceparent) {
        long userId = event.userId();
        return Multi.createFrom()
                .iterable(hanging.entrySet())
                .onItem()
                .transformToUniAndConcatenate(
                        (Map.Entry<String, String> device) -> wake(userId, device, traceparent))
                .collect()
                .asList()
                .invoke(
                        sent -> {
                            if (event.queuedAt() != null) {
                                lag.record(Duration.between(event.queuedAt(), Instant.now()));
                            }
                            LOG.infof(
                                    "SMS %s of user %d: %d transport(s) woken",
                                    event.serverId(), userId, sent.size());
                        })
                .map(sent -> (long) sent.size());
    }

    /** Emits the device id once woken (Mutiny drops null items, so not Void). */
    private Uni<String> wake(long userId, Map.Entry<String, String> device, String traceparent) {
        return wakes.wake(device.getValue(), userId, device.getKey(), traceparent)
                .invoke(
                        () -> {
                            wakesSent.increment();
                            LOG.debugf(
                                    "woke device %s of user %d on %s",
                                    device.getKey(), userId, device.getValue());
                        })
                .replaceWith(device.getKey());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
