package org.eassms.eas.sync.api;

import static org.eassms.eas.testsupport.ServiceEndpoints.assertMetricsInclude;
import static org.eassms.eas.testsupport.ServiceEndpoints.awaitReadyNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    /**
     * Ready only when it can serve a phone: subscribed to its wake channel and warmed up (named
     * checks an operator can read).
     */
    @Test
    void readyOnceSubscribedAndWarmedUp() {
        awaitReadyNaming("wake-channel", "warmed-up");
    }

    @Test
    void metricsAreExposed() {
        assertMetricsInclude("eas_wake_channel_up");
    }
}
