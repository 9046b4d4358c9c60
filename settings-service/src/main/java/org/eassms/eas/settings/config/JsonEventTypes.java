package org.eassms.eas.settings.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eassms.eas.contract.SmsTransportChanged;
import org.eassms.eas.settings.service.SmsDeviceView;

/**
 * What settings-service writes as JSON by reflection, which a native image must be told about: the
 * wake-contract event it publishes, and the device list it answers inside a {@code Response} (whose
 * entity type Quarkus cannot see at build time).
 */
@RegisterForReflection(targets = {SmsTransportChanged.class, SmsDeviceView.class})
final class JsonEventTypes {
    private JsonEventTypes() {}
}
