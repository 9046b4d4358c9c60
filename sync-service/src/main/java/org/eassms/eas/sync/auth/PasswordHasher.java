package org.eassms.eas.sync.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.config.SyncConfig;

/** bcrypt hashing and checking, always off the event loop. */
@ApplicationScoped
public class PasswordHasher {
    private final SyncConfig config;
    private final Counter checks;

    PasswordHasher(SyncConfig config, MeterRegistry metrics) {
        this.config = config;
        this.checks =
                Counter.builder("eas.bcrypt.checks")
                        .description("passwords checked against a bcrypt hash (logins not cached)")
                        .register(metrics);
    }

    public Uni<String> hash(String password) {
        return Offload.toWorker(() -> BcryptUtil.bcryptHash(password, config.bcryptCost()));
    }

    public Uni<Boolean> matches(String password, String hash) {
        checks.increment();
        return Offload.toWorker(() -> BcryptUtil.matches(password, hash));
    }
}
