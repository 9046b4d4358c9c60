package org.eassms.eas.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eassms.eas.protocol.common.MessageData;
import org.eassms.eas.protocol.sync.SyncCodec;
import org.eassms.eas.protocol.sync.SyncCollectionRequest;
import org.eassms.eas.protocol.sync.SyncCommand;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.protocol.sync.SyncRequest;
import org.eassms.eas.sync.support.EasTestClient;
import org.eassms.eas.testsupport.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/** An SMS added to the Outbox leaves through the transactional outbox to a real Kafka broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class OutboxRelayTest {

    @Inject ObjectMapper json;

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

        try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
            ConsumerTask<String, String> records =
                    kafka.consumeStrings().fromTopics("eas.sms-outbox");
            ConsumerRecord<String, String> record = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (record == null && System.nanoTime() < deadline) {
                records.awaitRecords(1, Duration.ofSeconds(15));
                for (ConsumerRecord<String, String> r : records.getRecords()) {
                    if (json.readTree(r.value()).path("serverId").asText().equals(serverId)) {
                        record = r;
                    }
                }
            }
            records.close();
            assertNotNull(record, "the SMS event reached Kafka");
            JsonNode payload = json.readTree(record.value());
            assertEquals(payload.path("userId").asText(), record.key(), "keyed by user");
            assertEquals(tablet.username(), payload.path("username").asText());
            assertEquals("SmsQueued", KafkaCompanion.getHeader(record.headers(), "eventType"));
            assertEquals(
                    payload.path("eventId").asText(),
                    KafkaCompanion.getHeader(record.headers(), "id"));
            assertTrue(payload.path("itemId").asLong() > 0);
        }
    }
}
