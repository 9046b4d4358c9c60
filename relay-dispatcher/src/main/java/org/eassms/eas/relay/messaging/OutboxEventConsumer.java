package org.eassms.eas.relay.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.SmsSpans;
import org.eassms.eas.contract.TraceParent;
import org.eassms.eas.contract.WarmUpRecord;
import org.eassms.eas.relay.config.RelayConfig;
import org.eassms.eas.relay.transports.SmsTransports;
import org.eassms.eas.relay.wake.HangingDeviceWaker;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * For each {@link SmsQueued} event: the user's SMS transports (EnableOutboundSMS=1), known here
 * from their compacted topic, then one wake per such device hanging right now, on the replica that
 * holds it (one Redis round trip, {@link HangingDeviceWaker}). The record is acknowledged only
 * after that (the method returns a Uni). An event already handled is skipped, so a redelivery wakes
 * nobody twice; it is marked handled with its wakes, in the same script, so a dispatcher that dies
 * before leaves it to the next one. While Redis is down the event is tried again for {@code
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
    private final HangingDeviceWaker waker;
    private final ObjectMapper json;
    private final RelayConfig config;
    private final Tracer tracer;
    private final Counter consumed;
    private final Counter duplicates;
    private final Counter wakesSent;
    private final Counter givenUp;
    private final Timer lag;
    private final Timer transit;
    private final Timer dispatch;

    OutboxEventConsumer(
            SmsTransports transports,
            HangingDeviceWaker waker,
            ObjectMapper json,
            RelayConfig config,
            Tracer tracer,
            MeterRegistry metrics) {
        this.transports = transports;
        this.waker = waker;
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
        this.dispatch =
                Timer.builder("eas.relay.dispatch")
                        .description("event received here to its wakes published")
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
        waker.wake(SEEN_PREFIX + "warm-up", Duration.ofSeconds(1), 0, List.of("warm-up"), null)
                .subscribe()
                .with(
                        ignored -> LOG.debug("dispatch path warmed up"),
                        failure -> LOG.debugf("warm-up of Redis failed: %s", failure.getMessage()));
    }

    @Incoming("sms-outbox")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        if (WarmUpRecord.TYPE.equals(header(record, EventHeaders.EVENT_TYPE))) {
            // A replica of sync-service started: it warmed this partition's path, nothing to do.
            LOG.debugf("warm-up record at offset %d skipped", record.offset());
            return Uni.createFrom().voidItem();
        }
        Span span =
                tracer.spanBuilder(SmsSpans.RELAY_DISPATCH)
                        .setParent(TraceParent.parse(header(record, TraceParent.HEADER)))
                        .setSpanKind(SpanKind.CONSUMER)
                        .startSpan();
        return handle(record, span, System.nanoTime()).onTermination().invoke(span::end);
    }

    private Uni<Void> handle(ConsumerRecord<String, String> record, Span span, long received) {
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
        return waker.wake(
                        seenKey,
                        config.dedupeTtl(),
                        userId,
                        transports.enabledDevices(userId),
                        traceparent)
                .map(
                        outcome ->
                                outcome.alreadyHandled()
                                        ? alreadyHandled(eventId)
                                        : woken(event, outcome, span, received))
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

    private Void alreadyHandled(String eventId) {
        duplicates.increment();
        LOG.debugf("event %s already handled", eventId);
        return null;
    }

    private Void gaveUp(SmsQueued event, String eventId, Throwable failure) {
        givenUp.increment();
        LOG.warnf(
                "gave up waking the transports for event %s of user %d after %d s: %s",
                eventId, event.userId(), config.wakeRetry().toSeconds(), failure.getMessage());
        return null;
    }

    private Void woken(
            SmsQueued event, HangingDeviceWaker.Outcome outcome, Span span, long received) {
        dispatch.record(System.nanoTime() - received, TimeUnit.NANOSECONDS);
        long userId = event.userId();
        span.setAttribute(SmsSpans.WAKES, outcome.woken().size());
        wakesSent.increment(outcome.woken().size());
        if (event.queuedAt() != null) {
            lag.record(Duration.between(event.queuedAt(), Instant.now()));
        }
        outcome.woken()
                .forEach(
                        (device, replica) ->
                                LOG.debugf(
                                        "woke device %s of user %d on %s",
                                        device, userId, replica));
        LOG.infof(
                "SMS %s of user %d: %d transport(s) woken",
                event.serverId(), userId, outcome.woken().size());
        return null;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
