package org.eassms.eas.relay.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.SmsTransportChanged;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.contract.TraceParent;
import org.eassms.eas.contract.Wake;
import org.eassms.eas.contract.WarmUpRecord;
import org.eassms.eas.relay.transports.SmsTransports;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher against a real Kafka broker and Redis: the users' transports from their compacted
 * topic, an SMS event in, wakes out on the right replica's channel, for enabled transports only,
 * once per event.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OutboxEventConsumerTest {

    @Inject RedisDataSource redis;

    @Inject ObjectMapper json;

    @Inject SmsTransports transports;

    @Inject MeterRegistry metrics;

    private final List<String> wakes = new CopyOnWriteArrayList<>();
    private String replica;

    @BeforeEach
    void listen() {
        replica = "replica-" + UUID.randomUUID();
        redis.pubsub(String.class).subscribe(RedisNames.wakeChannel(replica), wakes::add);
    }

    private void device(long userId, String deviceId, boolean enabled) throws Exception {
        SmsTransportChanged change =
                SmsTransportChanged.of(
                        userId, "alice", deviceId, enabled, "+14255550123", "Phone", Instant.now());
        produce(
                new ProducerRecord<>(
                        Topics.SMS_TRANSPORTS, change.key(), json.writeValueAsString(change)),
                UUID.randomUUID().toString(),
                SmsTransportChanged.TYPE);
    }

    private void hanging(long userId, String deviceId) {
        redis.value(String.class).setex(RedisNames.hangKey(userId, deviceId), 60, replica);
    }

    /** A new user whose one transport, "phone", is known here and hangs on this test's replica. */
    private long userWithAHangingPhone() throws Exception {
        long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        device(user, "phone", true);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> transports.enabledDevices(user).size() == 1);
        hanging(user, "phone");
        return user;
    }

    private void publish(long userId, String eventId) throws Exception {
        SmsQueued event = SmsQueued.of(userId, "alice", 17, "6:17", "6", Instant.now());
        produce(
                new ProducerRecord<>(
                        Topics.SMS_OUTBOX, event.key(), json.writeValueAsString(event)),
                eventId,
                SmsQueued.TYPE);
    }

    private static void produce(ProducerRecord<String, String> record, String id, String type) {
        record.headers().add(EventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(record).awaitCompletion();
        }
    }

    @Test
    void wakesOnlyEnabledTransportsThatHangAndOnlyOncePerEvent() throws Exception {
        long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        device(user, "phone", true);
        device(user, "old-phone", true);
        device(user, "old-phone", false); // its latest state counts
        device(user, "idle-phone", true);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> transports.enabledDevices(user).size() == 2);
        hanging(user, "phone");
        hanging(user, "old-phone");

        String event = UUID.randomUUID().toString();
        publish(user, event);
        publish(user, event); // a redelivery
        String barrier = UUID.randomUUID().toString();
        publish(user, barrier);

        await().atMost(Duration.ofSeconds(20)).until(() -> wakes.size() >= 2);
        List<Wake> received = wakes.stream().map(Wake::decode).toList();
        assertEquals(
                List.of(user + ":phone", user + ":phone"),
                received.stream().map(wake -> wake.userId() + ":" + wake.deviceId()).toList(),
                "one wake per distinct event, to the enabled phone only");
        // Each wake carries its dispatch's trace context (unsampled here, and still passed on).
        assertTrue(
                received.stream()
                        .allMatch(wake -> TraceParent.traceIdOf(wake.traceparent()) != null),
                "traced wakes: " + wakes);
        long ttl = redis.key(String.class).ttl("eas:relay:seen:" + event);
        assertTrue(ttl > 0, "the dedupe mark expires (TTL " + ttl + ")");
    }

    /**
     * A starting sync-service's warm-up record is no event: skipped, not counted, and the SMS after
     * it on the same partition is dispatched as ever.
     */
    @Test
    void skipsWarmUpRecords() throws Exception {
        long user = userWithAHangingPhone();
        double consumedBefore = metrics.counter("eas.relay.events.consumed").count();

        produce(
                new ProducerRecord<>(Topics.SMS_OUTBOX, 0, WarmUpRecord.KEY, "{}"),
                UUID.randomUUID().toString(),
                WarmUpRecord.TYPE);
        SmsQueued event = SmsQueued.of(user, "alice", 18, "6:18", "6", Instant.now());
        produce(
                new ProducerRecord<>(
                        Topics.SMS_OUTBOX, 0, event.key(), json.writeValueAsString(event)),
                UUID.randomUUID().toString(),
                SmsQueued.TYPE);

        await().atMost(Duration.ofSeconds(20)).until(() -> wakes.size() == 1);
        assertEquals(user, Wake.decode(wakes.get(0)).userId());
        assertEquals(
                1.0,
                metrics.counter("eas.relay.events.consumed").count() - consumedBefore,
                "the SMS counted, the warm-up record not");
    }

    /** A Redis restarted empty has forgotten the dispatcher's script: the wakes still go out. */
    @Test
    void wakesAfterRedisForgotTheScript() throws Exception {
        long user = userWithAHangingPhone();
        publish(user, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> wakes.size() == 1);

        redis.execute("SCRIPT", "FLUSH");
        publish(user, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(20)).until(() -> wakes.size() == 2);
        Wake second = Wake.decode(wakes.get(1));
        assertEquals(user, second.userId());
        assertEquals("phone", second.deviceId());
    }

    @Test
    void theTransportsTopicIsCompacted() throws Exception {
        try (var admin =
                org.apache.kafka.clients.admin.Admin.create(
                        java.util.Map.of(
                                "bootstrap.servers", KafkaBrokerResource.bootstrapServers()))) {
            var resource =
                    new org.apache.kafka.common.config.ConfigResource(
                            org.apache.kafka.common.config.ConfigResource.Type.TOPIC,
                            Topics.SMS_TRANSPORTS);
            await().atMost(Duration.ofSeconds(20))
                    .ignoreExceptions()
                    .until(
                            () ->
                                    "compact"
                                            .equals(
                                                    admin.describeConfigs(List.of(resource))
                                                            .all()
                                                            .get()
                                                            .get(resource)
                                                            .get("cleanup.policy")
                                                            .value()));
        }
    }
}
