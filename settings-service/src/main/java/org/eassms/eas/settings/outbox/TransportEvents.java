package org.eassms.eas.settings.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eassms.eas.outbox.Outbox;
import org.eassms.eas.settings.domain.SmsDevice;
import org.jboss.logging.Logger;

/**
 * MS-ASMS 3.2.5.3: the server propagates a device's outbound SMS state and telephone number to all
 * the user's clients. Each change becomes an {@code SmsTransportChanged} outbox row, in the
 * transaction of the change, keyed by user and published to {@code eas.sms-transports}.
 */
@ApplicationScoped
public class TransportEvents {
    private static final Logger LOG = Logger.getLogger(TransportEvents.class);

    private final Outbox outbox;

    TransportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call inside the transaction that changed {@code device}. */
    public Uni<Void> changed(SmsDevice device, String username) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("userId", device.userId);
        payload.put("username", username);
        payload.put("deviceId", device.deviceId);
        payload.put("enabled", device.enableOutboundSms);
        payload.put("phoneNumber", device.phoneNumber);
        payload.put("friendlyName", device.friendlyName);
        payload.put("changedAt", Instant.now().toString());
        LOG.infof(
                "SMS transport %s of user %d changed: enabled=%s number=%s",
                device.deviceId, device.userId, device.enableOutboundSms, device.phoneNumber);
        return outbox.append(
                        "sms-transport",
                        Long.toString(device.userId),
                        "SmsTransportChanged",
                        payload)
                .replaceWithVoid();
    }
}
