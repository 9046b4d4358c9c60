package org.eassms.eas.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.eassms.eas.testsupport.ProductionClasses;
import org.junit.jupiter.api.Test;

/**
 * sync-service's layers, one way: the front door (HTTP resources and filters, the web page) calls
 * the work (command handlers, SMS, accounts, logins, hanging requests, the outbox), which alone
 * reads and writes the store (repositories, entities, the device's view). Configuration, request
 * context and validation are usable from anywhere.
 */
class LayerRuleTest {
    private static final JavaClasses SERVICE = ProductionClasses.in("org.eassms.eas.sync");

    @Test
    void theLayersAreUsedOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Front door")
                .definedBy(
                        "org.eassms.eas.sync.api..",
                        "org.eassms.eas.sync.http..",
                        "org.eassms.eas.sync.web..")
                .layer("Work")
                .definedBy(
                        "org.eassms.eas.sync.command..",
                        "org.eassms.eas.sync.sms..",
                        "org.eassms.eas.sync.conversation..",
                        "org.eassms.eas.sync.account..",
                        "org.eassms.eas.sync.auth..",
                        "org.eassms.eas.sync.hanging..",
                        "org.eassms.eas.sync.outbox..",
                        "org.eassms.eas.sync.settings..",
                        "org.eassms.eas.sync.startup..")
                .layer("Store")
                .definedBy(
                        "org.eassms.eas.sync.repository..",
                        "org.eassms.eas.sync.domain..",
                        "org.eassms.eas.sync.view..")
                .whereLayer("Front door")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Work")
                .mayOnlyBeAccessedByLayers("Front door")
                .whereLayer("Store")
                .mayOnlyBeAccessedByLayers("Work")
                .check(SERVICE);
    }

    @Test
    void aDevicesViewIsPlainValuesWithItsRules() {
        noClasses()
                .that()
                .resideInAPackage("org.eassms.eas.sync.view..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.eassms.eas.sync.domain..",
                        "org.eassms.eas.sync.repository..",
                        "io.smallrye..",
                        "io.quarkus..",
                        "jakarta..")
                .check(SERVICE);
    }
}
