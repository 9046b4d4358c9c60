package org.eassms.eas.relay.api;

import static org.eassms.eas.testsupport.ServiceEndpoints.assertMetricsInclude;
import static org.eassms.eas.testsupport.ServiceEndpoints.awaitReadyNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    /**
     * Ready only once it knows every user's relaying device (replayed from the compacted topic).
     */
    @Test
    void readyOnceTheTransportsAreReplayed() {
        awaitReadyNaming("sms-transports-replayed");
    }

    @Test
    void metricsAreExposed() {
        assertMetricsInclude("eas_relay_kafka_up");
    }
}
