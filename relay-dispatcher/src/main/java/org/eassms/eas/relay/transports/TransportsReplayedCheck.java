package org.eassms.eas.relay.transports;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready before the transports topic has been replayed: a wake now could miss a phone. */
@Readiness
@ApplicationScoped
public class TransportsReplayedCheck implements HealthCheck {
    private final ReplayProgress progress;

    TransportsReplayedCheck(ReplayProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sms-transports-replayed")
                .status(progress.replayed())
                .build();
    }
}
