package org.eassms.eas.settings.api;

import static org.eassms.eas.testsupport.ServiceEndpoints.assertMetricsInclude;
import static org.eassms.eas.testsupport.ServiceEndpoints.awaitReadyNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void readyWithItsDatabase() {
        awaitReadyNaming("PostgreSQL");
    }

    @Test
    void metricsAreExposed() {
        assertMetricsInclude("eas_transports_reannounced_total");
    }
}
