package org.eassms.eas.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eassms.eas.phone.EasDevice;
import org.eassms.eas.phone.PhoneSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox keeps SMS while Kafka is down and relays them, in order, once it is back (its own
 * system instance).
 */
class KafkaOutageIT {
    private static SystemUnderTest system;

    @BeforeAll
    static void start() throws Exception {
        system = SystemUnderTest.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void smsInsertedWhileKafkaIsDownReachThePhoneWhenItIsBack() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        EasDevice tablet = Scenario.tablet(system, user);

        system.stopKafka();
        try {
            for (int i = 1; i <= 3; i++) {
                assertEquals(
                        201,
                        tablet.client()
                                .json(
                                        "POST",
                                        "/api/sms",
                                        "{\"to\":\"+14255550143\",\"body\":\"during the outage "
                                                + i
                                                + "\"}")
                                .statusCode());
            }
        } finally {
            system.startKafka();
        }
        List<String> received = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (received.size() < 3 && System.nanoTime() < deadline) {
            phone.relayOnce().forEach(sms -> received.add(sms.body().data()));
        }
        assertEquals(
                List.of("during the outage 1", "during the outage 2", "during the outage 3"),
                received);
    }
}
