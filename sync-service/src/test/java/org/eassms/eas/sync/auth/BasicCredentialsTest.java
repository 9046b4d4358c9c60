package org.eassms.eas.sync.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String credentials) {
        return "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDomainLoginIsReducedToTheUser() {
        BasicCredentials credentials =
                BasicCredentials.parse(basic("CONTOSO\\\\alice:pa:ss")).orElseThrow();
        assertEquals("alice", credentials.login());
        assertEquals("pa:ss", credentials.password());
    }

    @Test
    void loginsThatCannotBeAUserAreRefused() {
        assertTrue(BasicCredentials.parse(basic("ali\u0000ce:secret")).isEmpty());
        assertTrue(BasicCredentials.parse(basic("alice\r\nINFO forged:secret")).isEmpty());
        assertTrue(BasicCredentials.parse(basic("a".repeat(255) + ":secret")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":secret")).isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
    }
}
