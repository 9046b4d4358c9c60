package org.eassms.eas.settings.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eassms.eas.contract.SmsTransportChanged;
import org.eassms.eas.outbox.Outbox;
import org.eassms.eas.settings.domain.SmsDevice;
import org.jboss.logging.Logger;

/**
 * MS-ASMS 3.2.5.3: the server propagates a device's outbound SMS state and telephone number to all
 * the user's clients. Each change becomes an {@link SmsTransportChanged} outbox row, in the
 * transaction of the change, keyed by user and device and published to the compacted topic {@code
 * Topics.SMS_TRANSPORTS}.
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
        SmsTransportChanged event =
                SmsTransportChanged.of(
                        device.userId,
                        username,
                        device.deviceId,
                        device.enableOutboundSms,
                        device.phoneNumber,
                        device.friendlyName,
                        Instant.now());
        LOG.infof(
                "SMS transport %s of user %d changed: enabled=%s number=%s",
                device.deviceId, device.userId, device.enableOutboundSms, device.phoneNumber);
        return outbox.append(
                        SmsTransportChanged.AGGREGATE_TYPE,
                        event.key(),
                        SmsTransportChanged.TYPE,
                        event)
                .replaceWithVoid();
    }
}
