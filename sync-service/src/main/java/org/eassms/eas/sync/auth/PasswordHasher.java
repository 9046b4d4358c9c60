package org.eassms.eas.sync.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.config.SyncConfig;

/** bcrypt hashing and checking, always off the event loop. */
@ApplicationScoped
public class PasswordHasher {
    private final SyncConfig config;

    PasswordHasher(SyncConfig config) {
        this.config = config;
    }

    public Uni<String> hash(String password) {
        return Offload.toWorker(() -> BcryptUtil.bcryptHash(password, config.bcryptCost()));
    }

    public Uni<Boolean> matches(String password, String hash) {
        return Offload.toWorker(() -> BcryptUtil.matches(password, hash));
    }
}
