package org.eassms.eas.sync.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.domain.User;
import org.eassms.eas.sync.repository.UserRepository;
import org.eassms.eas.sync.validation.Text;
import org.jboss.logging.Logger;

/**
 * Checks HTTP Basic credentials against the bcrypt hashes in PostgreSQL. Phones send credentials
 * with every request, hanging ones included, so a verified login is remembered (keyed by a SHA-256
 * of the password, never the password itself) instead of paying bcrypt each time. After {@code
 * eas.sync.auth-cache-ttl} it is confirmed against the account's row: one lookup, and bcrypt only
 * if the stored hash changed (a phone hangs up to 59 minutes; re-checking each re-arm with bcrypt
 * made 1,000 phones take 45 s to come back).
 */
@ApplicationScoped
public class UserAuthenticator {
    private static final Logger LOG = Logger.getLogger(UserAuthenticator.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SyncConfig config;
    private final LoginGate gate;
    private final LoginThrottle throttle;
    private final Map<String, CachedLogin> verified = new ConcurrentHashMap<>();
    private volatile String decoyHash;

    /** A verified login, and the stored hash it was verified against. */
    private record CachedLogin(
            AuthenticatedUser user, byte[] passwordDigest, String hash, long expiresAtNanos) {}

    UserAuthenticator(
            UserRepository users,
            PasswordHasher hasher,
            SyncConfig config,
            LoginGate gate,
            LoginThrottle throttle) {
        this.users = users;
        this.gate = gate;
        this.throttle = throttle;
        this.hasher = hasher;
        this.config = config;
    }

    /**
     * The user, or a failure with {@link AuthenticationFailedException} (401), {@link
     * TooManyFailedLogins} (429) or {@link org.eassms.eas.sync.context.TryLater} (503). {@code
     * clientAddress} is the caller's IP address, for counting failed logins.
     */
    public Uni<AuthenticatedUser> authenticate(String authorizationHeader, String clientAddress) {
        BasicCredentials credentials = BasicCredentials.parse(authorizationHeader).orElse(null);
        if (credentials == null) {
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException("no Basic credentials"));
        }
        return authenticate(credentials, clientAddress);
    }

    /**
     * The same check for credentials that came another way (the web page's sign-in form): the same
     * throttling, the same remembered logins.
     */
    public Uni<AuthenticatedUser> authenticate(BasicCredentials credentials, String clientAddress) {
        byte[] digest = Sha256.of(credentials.password());
        CachedLogin cached = verified.get(credentials.login());
        if (cached != null
                && cached.expiresAtNanos - System.nanoTime() > 0
                && MessageDigest.isEqual(cached.passwordDigest, digest)) {
            return Uni.createFrom().item(cached.user);
        }
        boolean sameSecret = cached != null && MessageDigest.isEqual(cached.passwordDigest, digest);
        CachedLogin renewing = sameSecret ? cached : null;
        // Only logins not remembered are throttled: guessing at an account does not lock out
        // the phones its owner has signed in.
        return throttle.admit(credentials.login(), clientAddress)
                .chain(failures -> counted(credentials, digest, renewing, clientAddress, failures));
    }

    /** The check in its turn at the gate, its outcome counted by the throttle. */
    private Uni<AuthenticatedUser> counted(
            BasicCredentials credentials,
            byte[] digest,
            CachedLogin renewing,
            String clientAddress,
            LoginThrottle.Failures failures) {
        String login = credentials.login();
        return gate.check(() -> check(credentials, digest, renewing))
                .onFailure(AuthenticationFailedException.class)
                .call(() -> throttle.failed(login, clientAddress))
                .call(() -> throttle.succeeded(login, failures));
    }

    /** The database lookup and, unless {@code renewing} still matches it, bcrypt. */
    private Uni<AuthenticatedUser> check(
            BasicCredentials credentials, byte[] digest, CachedLogin renewing) {
        return Panache.withSession(() -> users.findByLogin(credentials.login()))
                .chain(
                        user -> {
                            if (user == null) {
                                return decoyCheck(credentials.password());
                            }
                            if (renewing != null && user.passwordHash.equals(renewing.hash)) {
                                // Remembered, and the account still has the hash it was
                                // verified against (not deleted, password not changed, here or
                                // on another replica): renewed without bcrypt. A phone whose
                                // heartbeat outlasts the TTL pays a lookup, not a hash.
                                return Uni.createFrom().item(user);
                            }
                            return hasher.matches(credentials.password(), user.passwordHash)
                                    .map(ok -> ok ? user : null);
                        })
                .map(
                        user -> {
                            if (user == null) {
                                LOG.infof(
                                        "login failed for '%s'", Text.forLog(credentials.login()));
                                throw new AuthenticationFailedException(
                                        "wrong user name or password");
                            }
                            AuthenticatedUser authenticated = toAuthenticated(user);
                            long expires = System.nanoTime() + config.authCacheTtl().toNanos();
                            verified.put(
                                    credentials.login(),
                                    new CachedLogin(
                                            authenticated, digest, user.passwordHash, expires));
                            return authenticated;
                        });
    }

    /**
     * A login nobody has still costs one bcrypt check, against a hash of nothing: answered at once,
     * it would tell a stranger which accounts exist (1.3 ms against 124 ms, issue 10).
     */
    private Uni<User> decoyCheck(String password) {
        String decoy = decoyHash;
        Uni<String> hash =
                decoy != null
                        ? Uni.createFrom().item(decoy)
                        : hasher.hash(UUID.randomUUID().toString()).invoke(h -> decoyHash = h);
        return hash.chain(h -> hasher.matches(password, h)).map(ignored -> (User) null);
    }

    /** Forgets remembered logins of a user (after deletion or a password change). */
    public void forget(String username) {
        verified.values().removeIf(login -> login.user.username().equals(username));
    }

    private static AuthenticatedUser toAuthenticated(User user) {
        return new AuthenticatedUser(user.id, user.username, user.email);
    }
}
