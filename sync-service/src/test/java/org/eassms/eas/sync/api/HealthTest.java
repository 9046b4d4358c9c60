package org.eassms.eas.sync.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    /**
     * Ready only when it can serve a phone: subscribed to its wake channel and warmed up (named
     * checks an operator can read).
     */
    @Test
    void readyOnceSubscribedAndWarmedUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        given().when()
                .get("/q/health/ready")
                .then()
                .body("status", equalTo("UP"))
                .body(containsString("wake-channel"))
                .body(containsString("warmed-up"));
    }

    @Test
    void metricsAreExposed() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("eas_wake_channel_up"));
    }
}
