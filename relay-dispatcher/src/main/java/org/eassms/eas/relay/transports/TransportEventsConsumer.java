package org.eassms.eas.relay.transports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eassms.eas.contract.SmsTransportChanged;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps {@link SmsTransports} up to date from {@code eas.sms-transports}, read from its start at
 * every start (a group of this process alone, nothing committed).
 */
@ApplicationScoped
public class TransportEventsConsumer {
    private static final Logger LOG = Logger.getLogger(TransportEventsConsumer.class);

    private final SmsTransports transports;
    private final ReplayProgress progress;
    private final ObjectMapper json;

    TransportEventsConsumer(
            SmsTransports transports,
            ReplayProgress progress,
            ObjectMapper json,
            MeterRegistry metrics) {
        this.transports = transports;
        this.progress = progress;
        this.json = json;
        Gauge.builder("eas.relay.transport.users", transports, SmsTransports::users)
                .description("users with at least one SMS transport")
                .register(metrics);
    }

    @Incoming("sms-transports")
    public void consume(ConsumerRecord<String, String> record) {
        try {
            if (record.value() != null) {
                SmsTransportChanged change =
                        json.readValue(record.value(), SmsTransportChanged.class);
                transports.apply(change);
                LOG.debugf(
                        "transport %s of user %d: enabled=%s",
                        change.deviceId(), change.userId(), change.enabled());
            }
        } catch (Exception e) {
            LOG.warnf(
                    "skipped unreadable transport event at %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
        } finally {
            progress.consumed(record.topic(), record.partition(), record.offset());
        }
    }
}
