package org.eassms.eas.relay.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eassms.eas.relay.config.RelayConfig;
import org.eassms.eas.relay.registration.HangingRegistrations;
import org.eassms.eas.relay.registration.SmsTransports;
import org.eassms.eas.relay.wake.WakePublisher;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * For each "SMS queued" event: the user's SMS transports (EnableOutboundSMS=1), those of them
 * hanging right now and where, then one wake per such device. The record is acknowledged only after
 * that (the method returns a Uni). Idempotent: an event id already handled is skipped, so a
 * redelivery wakes nobody twice.
 */
@ApplicationScoped
public class OutboxEventConsumer {
    private static final Logger LOG = Logger.getLogger(OutboxEventConsumer.class);

    private final SmsTransports transports;
    private final HangingRegistrations registrations;
    private final WakePublisher wakes;
    private final ReactiveRedisDataSource redis;
    private final ObjectMapper json;
    private final RelayConfig config;
    private final Counter consumed;
    private final Counter duplicates;
    private final Counter wakesSent;
    private final Timer lag;
    private final Timer transit;

    OutboxEventConsumer(
            SmsTransports transports,
            HangingRegistrations registrations,
            WakePublisher wakes,
            ReactiveRedisDataSource redis,
            ObjectMapper json,
            RelayConfig config,
            MeterRegistry metrics) {
        this.transports = transports;
        this.registrations = registrations;
        this.wakes = wakes;
        this.redis = redis;
        this.json = json;
        this.config = config;
        this.consumed = metrics.counter("eas.relay.events.consumed");
        this.duplicates = metrics.counter("eas.relay.events.duplicate");
        this.wakesSent = metrics.counter("eas.relay.wakes.sent");
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

    @Incoming("sms-outbox")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        consumed.increment();
        if (record.timestamp() > 0) {
            transit.record(
                    Duration.ofMillis(
                            Math.max(0, System.currentTimeMillis() - record.timestamp())));
        }
        JsonNode event;
        try {
            event = json.readTree(record.value());
        } catch (Exception e) {
            LOG.warnf("skipped unreadable event at offset %d: %s", record.offset(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
        String eventId = header(record, "id", event.path("eventId").asText(null));
        long userId = event.path("userId").asLong(-1);
        if (eventId == null || userId < 0) {
            LOG.warnf("skipped event without id or user at offset %d", record.offset());
            return Uni.createFrom().voidItem();
        }
        String seenKey = "eas:relay:seen:" + eventId;
        // One round trip on the wake path: SET NX EX GET (Redis 7.0 or later) instead of SETNX,
        // EXPIRE.
        return redis.value(String.class)
                .setGet(seenKey, "1", new SetArgs().nx().ex(config.dedupeTtl()))
                .map(previous -> previous == null)
                .chain(
                        first -> {
                            if (!first) {
                                duplicates.increment();
                                LOG.debugf("event %s already handled", eventId);
                                return Uni.createFrom().voidItem();
                            }
                            return dispatch(userId, event)
                                    .onFailure()
                                    .call(
                                            () ->
                                                    redis.key(String.class)
                                                            .del(seenKey)); // let a redelivery
                            // try again
                        })
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(100))
                .atMost(5)
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.errorf(
                                    "could not dispatch event %s: %s",
                                    eventId, failure.getMessage());
                            return null;
                        });
    }

    private Uni<Void> dispatch(long userId, JsonNode event) {
        return transports
                .enabledDevices(userId)
                .chain(devices -> registrations.replicasOf(userId, devices))
                .chain(
                        hanging ->
                                Multi.createFrom()
                                        .iterable(hanging.entrySet())
                                        .onItem()
                                        .transformToUniAndConcatenate(
                                                (Map.Entry<String, String> entry) ->
                                                        wakes.wake(
                                                                        entry.getValue(),
                                                                        userId,
                                                                        entry.getKey())
                                                                .invoke(
                                                                        () -> {
                                                                            wakesSent.increment();
                                                                            LOG.debugf(
                                                                                    "woke device %s of user %d on %s",
                                                                                    entry.getKey(),
                                                                                    userId,
                                                                                    entry
                                                                                            .getValue());
                                                                        }))
                                        .collect()
                                        .asList())
                .invoke(
                        sent -> {
                            String queuedAt = event.path("queuedAt").asText(null);
                            if (queuedAt != null) {
                                lag.record(
                                        Duration.between(Instant.parse(queuedAt), Instant.now()));
                            }
                            LOG.infof(
                                    "SMS %s of user %d: %d transport(s) woken",
                                    event.path("serverId").asText(), userId, sent.size());
                        })
                .replaceWithVoid();
    }

    private static String header(
            ConsumerRecord<String, String> record, String name, String fallback) {
        Header header = record.headers().lastHeader(name);
        return header == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }
}
