package org.eassms.eas.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;

/**
 * What an operator asks of every service, asked the same way in each service's tests: readiness
 * with named checks ({@code /q/health/ready}) and Prometheus metrics ({@code /q/metrics}).
 */
public final class ServiceEndpoints {
    private ServiceEndpoints() {}

    /**
     * Waits until the service reports ready, then checks that its readiness is UP and names each of
     * {@code checks} (names an operator reads when it is not).
     */
    public static void awaitReadyNaming(String... checks) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        ValidatableResponse ready =
                given().when().get("/q/health/ready").then().body("status", equalTo("UP"));
        for (String check : checks) {
            ready.body(containsString(check));
        }
    }

    /** The metrics page is served and carries the JVM's metrics and each of {@code metrics}. */
    public static void assertMetricsInclude(String... metrics) {
        ValidatableResponse page =
                given().when()
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("jvm_memory_used_bytes"));
        for (String metric : metrics) {
            page.body(containsString(metric));
        }
    }
}
