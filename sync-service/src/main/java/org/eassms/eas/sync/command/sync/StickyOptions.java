package org.eassms.eas.sync.command.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.SyncState;

/**
 * The Options blocks a device last sent for a collection (MS-ASMS 3.1.4.1.1.1 sticky options),
 * stored with its sync state. They decide which classes of items the device is sent, and so also
 * which changes a Ping or GetItemEstimate counts for it.
 */
@ApplicationScoped
public class StickyOptions {
    private final ObjectMapper json;

    StickyOptions(ObjectMapper json) {
        this.json = json;
    }

    public String write(List<SyncOptions> options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<SyncOptions> read(SyncState state) {
        if (state == null || state.options == null) {
            return List.of();
        }
        try {
            return json.readValue(state.options, new TypeReference<List<SyncOptions>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored options unreadable", e);
        }
    }
}
