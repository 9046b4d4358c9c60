package org.eassms.eas.relay.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher against a real Kafka broker, Redis and PostgreSQL: a golden outbox record in,
 * wakes out on the right replica's channel, for enabled transports only, once per event.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OutboxEventConsumerTest {

    @Inject DataSource database;

    @Inject RedisDataSource redis;

    private final List<String> wakes = new CopyOnWriteArrayList<>();
    private String replica;

    @BeforeEach
    void listen() throws SQLException {
        // The same table as settings-service's V1 migration (which owns it); created here if this
        // module runs alone.
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "create table if not exists sms_device (id bigserial primary key, user_id bigint not null,"
                            + " device_id varchar(128) not null, device_type varchar(64), model varchar(256),"
                            + " imei varchar(64), friendly_name varchar(256), os varchar(256), os_language varchar(64),"
                            + " phone_number varchar(64), user_agent varchar(256), mobile_operator varchar(256),"
                            + " enable_outbound_sms boolean not null default false,"
                            + " updated_at timestamptz not null default now(), unique (user_id, device_id))");
        }
        replica = "replica-" + UUID.randomUUID();
        redis.pubsub(String.class).subscribe("eas:wake:" + replica, wakes::add);
    }

    private void device(long userId, String deviceId, boolean enabled) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into sms_device (user_id, device_id, phone_number,"
                                        + " enable_outbound_sms) values (?, ?, '+14255550123', ?)")) {
            s.setLong(1, userId);
            s.setString(2, deviceId);
            s.setBoolean(3, enabled);
            s.executeUpdate();
        }
    }

    private void hanging(long userId, String deviceId) {
        redis.value(String.class).setex("eas:hang:" + userId + ":" + deviceId, 60, replica);
    }

    private static void publish(long userId, String eventId) {
        String payload =
                "{\"eventId\":\""
                        + eventId
                        + "\",\"userId\":"
                        + userId
                        + ",\"username\":\"alice\","
                        + "\"itemId\":17,\"serverId\":\"6:17\",\"collectionId\":\"6\",\"queuedAt\":\""
                        + Instant.now()
                        + "\"}";
        ProducerRecord<String, String> record =
                new ProducerRecord<>("eas.sms-outbox", Long.toString(userId), payload);
        record.headers().add("id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", "SmsQueued".getBytes(StandardCharsets.UTF_8));
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(record).awaitCompletion();
        }
    }

    @Test
    void wakesOnlyEnabledTransportsThatHangAndOnlyOncePerEvent() throws SQLException {
        long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        device(user, "phone", true);
        device(user, "old-phone", false);
        device(user, "idle-phone", true);
        hanging(user, "phone");
        hanging(user, "old-phone");

        String event = UUID.randomUUID().toString();
        publish(user, event);
        publish(user, event); // a redelivery
        String barrier = UUID.randomUUID().toString();
        publish(user, barrier);

        await().atMost(Duration.ofSeconds(20)).until(() -> wakes.size() >= 2);
        String expected = "{\"user\":" + user + ",\"device\":\"phone\"}";
        assertEquals(
                List.of(expected, expected),
                wakes,
                "one wake per distinct event, to the enabled phone only");
        assertTrue(
                wakes.stream().noneMatch(w -> w.contains("old-phone")),
                "EnableOutboundSMS=0 is never woken");
        long ttl = redis.key(String.class).ttl("eas:relay:seen:" + event);
        assertTrue(ttl > 0, "the dedupe mark expires (TTL " + ttl + ")");
    }
}
