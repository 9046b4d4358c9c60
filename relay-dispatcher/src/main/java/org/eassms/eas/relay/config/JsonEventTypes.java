package org.eassms.eas.relay.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.contract.SmsTransportChanged;

/**
 * The wake-contract events relay-dispatcher reads from JSON. Jackson creates them through their
 * canonical constructors by reflection, which a native image must be told about.
 */
@RegisterForReflection(targets = {SmsQueued.class, SmsTransportChanged.class})
final class JsonEventTypes {
    private JsonEventTypes() {}
}
