package org.eassms.eas.sync.startup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready before the {@link WarmUp} ran: the first phone would pay for it. */
@Readiness
@ApplicationScoped
public class WarmedUpCheck implements HealthCheck {
    private final WarmUp warmUp;

    WarmedUpCheck(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warmed-up").status(warmUp.done()).build();
    }
}
