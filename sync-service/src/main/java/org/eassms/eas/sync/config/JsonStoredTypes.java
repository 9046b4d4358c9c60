package org.eassms.eas.sync.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eassms.eas.contract.SmsQueued;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.common.Flag;
import org.eassms.eas.protocol.sync.SyncOptions;

/**
 * The records sync-service writes as JSON: the wbxml-common records it keeps in PostgreSQL (a
 * device's sticky Options blocks, an item's Flag) and the wake-contract event it publishes ({@link
 * SmsQueued}). Jackson reads and writes them by reflection, which a native image must be told
 * about: nothing else in the service makes Quarkus register them.
 */
@RegisterForReflection(
        targets = {SyncOptions.class, BodyPreference.class, Flag.class, SmsQueued.class})
final class JsonStoredTypes {
    private JsonStoredTypes() {}
}
