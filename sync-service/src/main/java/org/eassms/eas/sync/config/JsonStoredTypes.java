package org.eassms.eas.sync.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.common.Flag;
import org.eassms.eas.protocol.sync.SyncOptions;

/**
 * The wbxml-common records sync-service keeps as JSON in PostgreSQL (a device's sticky Options
 * blocks, an item's Flag). Jackson reads and writes them by reflection, which a native image must
 * be told about: nothing else in the service makes Quarkus register them.
 */
@RegisterForReflection(targets = {SyncOptions.class, BodyPreference.class, Flag.class})
final class JsonStoredTypes {
    private JsonStoredTypes() {}
}
