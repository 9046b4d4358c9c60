package org.eassms.eas.relay.transports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eassms.eas.contract.SmsTransportChanged;

/**
 * Every user's SMS transports (the devices with Settings EnableOutboundSMS=1), as the compacted
 * topic {@code eas.sms-transports} tells them: the latest event of each device is its state. Built
 * by {@link TransportEventsConsumer} from the start of the topic at every start, so the wake path
 * reads no other service's table and waits for no other service.
 */
@ApplicationScoped
public class SmsTransports {
    private final Map<Long, Set<String>> enabled = new ConcurrentHashMap<>();

    /** The user's devices that relay SMS now. */
    public List<String> enabledDevices(long userId) {
        Set<String> devices = enabled.get(userId);
        return devices == null ? List.of() : List.copyOf(devices);
    }

    void apply(SmsTransportChanged change) {
        if (change.enabled()) {
            enabled.computeIfAbsent(change.userId(), u -> ConcurrentHashMap.newKeySet())
                    .add(change.deviceId());
        } else {
            enabled.computeIfPresent(
                    change.userId(),
                    (u, devices) -> {
                        devices.remove(change.deviceId());
                        return devices.isEmpty() ? null : devices;
                    });
        }
    }

    /** Users with at least one transport (a gauge). */
    public int users() {
        return enabled.size();
    }
}
