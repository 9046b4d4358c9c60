package org.eassms.eas.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eassms.eas.contract.EventHeaders;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.Topics;
import org.eassms.eas.contract.WarmUpRecord;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.eassms.eas.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;

/** An SMS added to the Outbox leaves through the transactional outbox to a real Kafka broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OutboxRelayTest {

    @Inject ObjectMapper json;

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
        EasTestClient tablet = EasTestClient.newUser("14.1");
        SyncOptions sms = new SyncOptions("SMS", null, List.of(), null, null, null, null);
        var first =
                SyncCodec.decodeResponse(
                        EasTestClient.decode(
                                tablet.post(
                                        "Sync",
                                        SyncCodec.encodeRequest(
                                                new SyncRequest(
                                                        List.of(
                                                                new SyncCollectionRequest(
                                                                        "0",
                                                                        "6",
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        List.of(sms),
                                                                        List.of())),
                                                        null,
                                                        null,
                                                        null,
                                                        false)))));
        MessageData data =
                MessageData.sms("\"Bob\" [MOBILE:+14255550143]", null, Instant.now(), "relay me");
        var added =
                SyncCodec.decodeResponse(
                        EasTestClient.decode(
                                tablet.post(
                                        "Sync",
                                        SyncCodec.encodeRequest(
                                                new SyncRequest(
                                                        List.of(
                                                                new SyncCollectionRequest(
                                                                        first.collections()
                                                                                .get(0)
                                                                                .syncKey(),
                                                                        "6",
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        List.of(),
                                                                        List.of(
                                                                                SyncCommand
                                                                                        .clientAdd(
                                                                                                "SMS",
                                                                                                "c1",
                                                                                                data)))),
                                                        null,
                                                        null,
                                                        null,
                                                        false)))));
        String serverId = added.collections().get(0).responses().get(0).serverId();

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
        assertEquals(tablet.username(), payload.path("username").asText());
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
