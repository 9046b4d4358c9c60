package org.eassms.eas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * wbxml-common is plain Java: the services and the phone simulator share it, so it must not pull in
 * a framework.
 */
class PlainJavaRuleTest {

    private static final JavaClasses CODEC =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.eassms.eas");

    @Test
    void noFrameworkDependencies() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "io.smallrye..",
                        "io.vertx..",
                        "jakarta..",
                        "javax.inject..",
                        "org.jboss..")
                .check(CODEC);
    }

    @Test
    void theWbxmlLayerKnowsNothingOfCommands() {
        noClasses()
                .that()
                .resideInAPackage("org.eassms.eas.wbxml..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eassms.eas.protocol..")
                .check(CODEC);
    }
}
