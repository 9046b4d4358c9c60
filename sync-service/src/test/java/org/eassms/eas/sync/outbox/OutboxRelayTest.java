package org.eassms.eas.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.contract.WarmUpRecord;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.foldersync.Folder;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.eassms.eas.testsupport.TopicRecords;
import org.eassms.eas.testsupport.eas.EasDevice;
import org.junit.jupiter.api.Test;

/** An SMS added to the Outbox leaves through the transactional outbox to a real Kafka broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OutboxRelayTest {

    @Inject ObjectMapper json;

    @TestHTTPResource("/")
    URL server;

    /** At start the relay sends a warm-up record to its topic, which the dispatchers skip. */
    @Test
    void warmsItsTopicAtStart() {
        List<ConsumerRecord<String, String>> warmUps =
                TopicRecords.await(
                        Topics.SMS_OUTBOX,
                        r ->
                                WarmUpRecord.TYPE.equals(
                                        KafkaCompanion.getHeader(
                                                r.headers(), EventHeaders.EVENT_TYPE)),
                        1,
                        Duration.ofSeconds(15));
        assertFalse(warmUps.isEmpty(), "a warm-up record on " + Topics.SMS_OUTBOX);
        assertEquals(WarmUpRecord.KEY, warmUps.get(0).key());
    }

    @Test
    void anOutboxSmsIsPublishedKeyedByUserWithIdAndTypeHeaders() throws Exception {
        String user = EasTestClient.newUser("14.1").username();
        EasDevice tablet = EasTestClient.device(server, user, "tablet" + user, "iPad");
        tablet.prime(Folder.OUTBOX);
        String serverId =
                tablet.addSms(
                        Folder.OUTBOX,
                        MessageData.sms(
                                "\"Bob\" [MOBILE:+14255550143]", null, Instant.now(), "relay me"));

        List<ConsumerRecord<String, String>> mine =
                TopicRecords.await(
                        Topics.SMS_OUTBOX,
                        r -> serverId.equals(field(r, "serverId")),
                        1,
                        Duration.ofSeconds(15));
        assertEquals(1, mine.size(), "the SMS event reached Kafka, once");
        ConsumerRecord<String, String> record = mine.get(0);
        JsonNode payload = json.readTree(record.value());
        assertEquals(payload.path("userId").asText(), record.key(), "keyed by user");
        assertEquals(user, payload.path("username").asText());
        assertEquals(
                SmsQueued.TYPE,
                KafkaCompanion.getHeader(record.headers(), EventHeaders.EVENT_TYPE));
        assertEquals(SmsQueued.VERSION, payload.path("version").asInt());
        assertEquals(
                payload.path("eventId").asText(),
                KafkaCompanion.getHeader(record.headers(), EventHeaders.ID));
        assertTrue(payload.path("itemId").asLong() > 0);
    }

    private String field(ConsumerRecord<String, String> record, String name) {
        try {
            return json.readTree(record.value()).path(name).asText();
        } catch (Exception unreadable) {
            return null;
        }
    }
}
