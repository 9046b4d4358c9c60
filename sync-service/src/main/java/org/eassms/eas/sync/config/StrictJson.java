package org.eassms.eas.sync.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON object that names a key twice is refused (HTTP 400 through MalformedJsonMapper), not
 * silently read as its last value: {@code {"to": A, "to": B}} is ambiguous, and which one a proxy
 * or a log shows is not the one the server would send to.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
