package org.eassms.eas.settings.outbox;

import static org.awaitility.Awaitility.await;
import static org.eassms.eas.settings.support.SettingsCalls.device;
import static org.eassms.eas.settings.support.SettingsCalls.newUserId;
import static org.eassms.eas.settings.support.SettingsCalls.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.SmsTransportChanged;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.protocol.settings.SettingsRequest;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.eassms.eas.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;

/**
 * MS-ASMS 3.2.5.3: a device's outbound SMS state and number reach the rest of the system as
 * SmsTransportChanged events on a real Kafka broker, keyed by user and device, in the order they
 * happened, for changes that matter to a client relaying through that phone and whenever the phone
 * says again that it relays (so a broker that lost the topic learns it back).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class TransportEventsTest {

    @Inject ObjectMapper json;
    @Inject TransportsTopicWatch watch;

    private static void set(long user, String phone, Integer enable, int expectedStatus) {
        assertEquals(
                expectedStatus,
                settings(
                                user,
                                "phone1",
                                "14.1",
                                new SettingsRequest(device(phone, enable), false, null))
                        .deviceInformationStatus());
    }

    @Test
    void everyTransportChangeIsPublishedInOrderAndNothingElse() throws Exception {
        long user = newUserId();
        set(user, "+14255550100", 0, 1); // never a transport: nothing to announce
        set(user, null, 1, 5); // refused with status 5: nothing stored, nothing announced
        set(user, "+14255550123", 1, 1); // now a transport
        set(user, "+14255550123", 1, 1); // the same again: announced again, unchanged
        set(user, "+14255550123", null, 1); // other device information only: nothing
        set(user, "+14255550199", 1, 1); // new number
        set(user, null, 0, 1); // no longer a transport
        set(user, null, 0, 1); // still not: nothing
        set(user, "+14255550111", 1, 1); // a transport again: the last event, after any stray one

        List<JsonNode> events = eventsOf(user, 5);
        assertEquals(5, events.size(), "four changes and one repeated registration");
        assertEquals(true, events.get(0).path("enabled").asBoolean());
        assertEquals("+14255550123", events.get(0).path("phoneNumber").asText());
        assertEquals("Alice's phone", events.get(0).path("friendlyName").asText());
        assertEquals("phone1", events.get(0).path("deviceId").asText());
        assertEquals("user" + user, events.get(0).path("username").asText());
        assertEquals(true, events.get(1).path("enabled").asBoolean());
        assertEquals("+14255550123", events.get(1).path("phoneNumber").asText());
        assertEquals("+14255550199", events.get(2).path("phoneNumber").asText());
        assertEquals(true, events.get(2).path("enabled").asBoolean());
        assertEquals(false, events.get(3).path("enabled").asBoolean());
        assertEquals("+14255550111", events.get(4).path("phoneNumber").asText());
    }

    /**
     * A broker rebuilt without its data (here: the topic deleted) learns every relaying device
     * again from the database, without the phones registering again; while the topic holds records
     * the check does nothing.
     */
    @Test
    void aBrokerThatLostTheTopicLearnsEveryTransportAgain() throws Exception {
        long user = newUserId();
        set(user, "+14255550177", 1, 1);
        assertEquals(1, eventsOf(user, 1).size());
        assertEquals(0, watch.check().await().atMost(Duration.ofSeconds(20)));

        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                KafkaBrokerResource.bootstrapServers()))) {
            admin.deleteTopics(List.of(Topics.SMS_TRANSPORTS)).all().get(20, TimeUnit.SECONDS);
        }
        // Once the broker says the topic is gone, the check announces (at least) this device.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> watch.check().await().atMost(Duration.ofSeconds(20)) > 0);

        List<JsonNode> again = eventsOf(user, 1);
        assertEquals(1, again.size(), "the device announced again on the new topic");
        assertEquals(true, again.get(0).path("enabled").asBoolean());
        assertEquals("+14255550177", again.get(0).path("phoneNumber").asText());
        assertEquals(user, again.get(0).path("userId").asLong());
        assertEquals(0, watch.check().await().atMost(Duration.ofSeconds(20)), "announced once");
    }

    /**
     * The events keyed by this user (at least {@code count} unless too few came), checking headers.
     */
    private List<JsonNode> eventsOf(long user, int count) throws Exception {
        List<JsonNode> mine = new ArrayList<>();
        for (ConsumerRecord<String, String> r :
                TopicRecords.await(
                        Topics.SMS_TRANSPORTS,
                        r -> r.key().equals(SmsTransportChanged.key(user, "phone1")),
                        count,
                        Duration.ofSeconds(20))) {
            JsonNode payload = json.readTree(r.value());
            assertEquals(
                    SmsTransportChanged.TYPE,
                    KafkaCompanion.getHeader(r.headers(), EventHeaders.EVENT_TYPE));
            assertEquals(
                    payload.path("eventId").asText(),
                    KafkaCompanion.getHeader(r.headers(), EventHeaders.ID));
            assertEquals(SmsTransportChanged.VERSION, payload.path("version").asInt());
            mine.add(payload);
        }
        return mine;
    }
}
