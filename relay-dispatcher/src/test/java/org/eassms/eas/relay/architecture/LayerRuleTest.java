package org.eassms.eas.relay.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.eassms.eas.testsupport.ProductionClasses;
import org.junit.jupiter.api.Test;

/**
 * relay-dispatcher's layers, one way: the consumer of SMS events decides; the parts it asks (the
 * known transports, the waker of hanging devices in Redis) know nothing of it or of each other.
 */
class LayerRuleTest {
    private static final JavaClasses SERVICE = ProductionClasses.in("org.eassms.eas.relay");

    @Test
    void theLayersAreUsedOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Messaging")
                .definedBy("org.eassms.eas.relay.messaging..")
                .layer("Transports")
                .definedBy("org.eassms.eas.relay.transports..")
                .layer("Wake")
                .definedBy("org.eassms.eas.relay.wake..")
                .whereLayer("Messaging")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Transports")
                .mayOnlyBeAccessedByLayers("Messaging")
                .whereLayer("Wake")
                .mayOnlyBeAccessedByLayers("Messaging")
                .check(SERVICE);
    }
}
