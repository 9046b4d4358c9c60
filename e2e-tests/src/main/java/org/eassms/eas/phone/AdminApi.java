package org.eassms.eas.phone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** sync-service's admin API, as the load and benchmark drivers use it. */
public final class AdminApi {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    public AdminApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Creates a user (address user@example.org); fails unless the API answers 201. */
    public void createUser(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> created =
                http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/admin/users"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"username\":\""
                                                        + user
                                                        + "\",\"password\":\""
                                                        + password
                                                        + "\",\"email\":\""
                                                        + user
                                                        + "@example.org\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create user " + user + ": " + created.statusCode());
        }
    }
}
