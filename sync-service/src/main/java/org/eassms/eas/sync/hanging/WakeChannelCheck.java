package org.eassms.eas.sync.hanging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is never UP while this replica cannot receive wakes: a phone that hangs here would wait
 * for the fallback look instead of being woken at once, so traffic should go to a replica that can.
 */
@Readiness
@ApplicationScoped
public class WakeChannelCheck implements HealthCheck {
    private final WakeChannel channel;
    private final ReplicaIdentity replica;

    WakeChannelCheck(WakeChannel channel, ReplicaIdentity replica) {
        this.channel = channel;
        this.replica = replica;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("wake-channel")
                .status(channel.isUp())
                .withData("channel", replica.wakeChannel())
                .build();
    }
}
