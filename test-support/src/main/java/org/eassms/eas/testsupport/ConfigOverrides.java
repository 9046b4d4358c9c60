package org.eassms.eas.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test profile that only overrides configuration, given as key and value in turn: {@code public
 * static class Full extends ConfigOverrides { public Full() { super("eas.sync.hanging.limit", "0");
 * } }}. Each subclass is its own profile, so Quarkus restarts the application for it.
 */
public abstract class ConfigOverrides implements QuarkusTestProfile {
    private final Map<String, String> overrides = new LinkedHashMap<>();

    protected ConfigOverrides(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value for every key: " + keysAndValues.length);
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
