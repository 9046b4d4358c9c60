package org.eassms.eas.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * An end-to-end test class that shares one whole system (one replica of each service) among its
 * tests, started before the first and stopped after the last.
 */
abstract class WholeSystemIT {
    protected static SystemUnderTest system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = SystemUnderTest.start();
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (system != null) {
            system.close();
            system = null;
        }
    }
}
