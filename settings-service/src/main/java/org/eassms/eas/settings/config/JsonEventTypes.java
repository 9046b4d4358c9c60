package org.eassms.eas.settings.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eassms.eas.contract.SmsTransportChanged;

/**
 * The wake-contract event settings-service publishes as JSON. Jackson reads its components by
 * reflection, which a native image must be told about.
 */
@RegisterForReflection(targets = SmsTransportChanged.class)
final class JsonEventTypes {
    private JsonEventTypes() {}
}
