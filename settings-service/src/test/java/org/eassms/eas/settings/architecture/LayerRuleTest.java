package org.eassms.eas.settings.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.eassms.eas.testsupport.ProductionClasses;
import org.junit.jupiter.api.Test;

/** settings-service's layers, one way: resources call services, which alone use the store. */
class LayerRuleTest {
    private static final JavaClasses SERVICE = ProductionClasses.in("org.eassms.eas.settings");

    @Test
    void theLayersAreUsedOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Api")
                .definedBy("org.eassms.eas.settings.api..")
                .layer("Service")
                .definedBy("org.eassms.eas.settings.service..", "org.eassms.eas.settings.outbox..")
                .layer("Store")
                .definedBy(
                        "org.eassms.eas.settings.repository..", "org.eassms.eas.settings.domain..")
                .whereLayer("Api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Service")
                .mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Store")
                .mayOnlyBeAccessedByLayers("Service")
                .check(SERVICE);
    }
}
