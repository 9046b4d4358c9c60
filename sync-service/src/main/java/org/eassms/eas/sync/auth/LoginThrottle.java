package org.eassms.eas.sync.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.validation.Text;
import org.jboss.logging.Logger;

/**
 * Counts failed logins per account and per client address in Redis (so every replica sees the same
 * counts) over a window of {@code eas.sync.logins.failure-window}; past {@code
 * max-failures-per-account} or {@code max-failures-per-address}, logins that are not remembered are
 * refused without looking at the password until the window ends ({@link TooManyFailedLogins}, HTTP
 * 429). Unknown accounts count like known ones, so the refusal says nothing about which exist. A
 * phone whose login is remembered is not affected: guessing at an account does not lock its owner's
 * phones out. While Redis is unreachable logins are not throttled (logged once a minute): the lock
 * stays a brake on guessing, never a reason to refuse the right password.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    private static final String ACCOUNT = "eas:logins:failed:account:";
    private static final String ADDRESS = "eas:logins:failed:address:";
    private static final Duration QUIET_BETWEEN_LOGS = Duration.ofMinutes(1);

    private final ReactiveRedisDataSource redis;
    private final SyncConfig.Logins config;
    private final Counter failed;
    private final Counter throttled;
    private volatile long lastOutageLogged = System.nanoTime() - Duration.ofHours(1).toNanos();

    LoginThrottle(ReactiveRedisDataSource redis, SyncConfig config, MeterRegistry metrics) {
        this.redis = redis;
        this.config = config.logins();
        this.failed =
                Counter.builder("eas.logins.failed")
                        .description("logins with a wrong user name or password")
                        .register(metrics);
        this.throttled =
                Counter.builder("eas.logins.throttled")
                        .description("logins refused unchecked after too many failures (429)")
                        .register(metrics);
    }

    /** What is known of earlier failures of this login from this address. */
    public record Failures(long ofAccount, long ofAddress) {
        static final Failures NONE = new Failures(0, 0);
    }

    /** The failures so far, or a failure with {@link TooManyFailedLogins} past either limit. */
    public Uni<Failures> admit(String login, String address) {
        String account = accountKey(login);
        String from = addressKey(address);
        return redis.value(Long.class)
                .mget(account, from)
                .map(counts -> new Failures(orZero(counts, account), orZero(counts, from)))
                .onFailure()
                .recoverWithItem(this::unthrottled)
                .invoke(failures -> refuseIfOver(failures, login, address));
    }

    private void refuseIfOver(Failures failures, String login, String address) {
        boolean account = failures.ofAccount() >= config.maxFailuresPerAccount();
        boolean from = failures.ofAddress() >= config.maxFailuresPerAddress();
        if (account || from) {
            throttled.increment();
            LOG.infof(
                    "login of '%s' from %s refused unchecked (429): %d failures of the account, %d"
                            + " from the address",
                    Text.forLog(login), address, failures.ofAccount(), failures.ofAddress());
            throw new TooManyFailedLogins(config.failureWindow());
        }
    }

    /** A wrong password (or a login nobody has): counted for the account and the address. */
    public Uni<Void> failed(String login, String address) {
        failed.increment();
        return Uni.join()
                .all(count(accountKey(login)), count(addressKey(address)))
                .andCollectFailures()
                .replaceWithVoid()
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            unthrottled(failure);
                            return null;
                        });
    }

    /** The right password: the account's failures are forgotten (the address's stay). */
    public Uni<Void> succeeded(String login, Failures before) {
        if (before.ofAccount() == 0) {
            return Uni.createFrom().voidItem();
        }
        return redis.key(String.class)
                .del(accountKey(login))
                .replaceWithVoid()
                .onFailure()
                .recoverWithNull();
    }

    /** INCR, and the window starts with the first failure (EXPIRE only when the key is new). */
    private Uni<Void> count(String key) {
        return redis.value(Long.class)
                .incr(key)
                .chain(
                        n ->
                                n == 1
                                        ? redis.key(String.class)
                                                .expire(key, config.failureWindow())
                                                .replaceWithVoid()
                                        : Uni.createFrom().voidItem());
    }

    private Failures unthrottled(Throwable failure) {
        long now = System.nanoTime();
        if (now - lastOutageLogged > QUIET_BETWEEN_LOGS.toNanos()) {
            lastOutageLogged = now;
            LOG.warnf("failed logins cannot be counted (not throttled meanwhile): %s", failure);
        }
        return Failures.NONE;
    }

    private static long orZero(Map<String, Long> counts, String key) {
        Long count = counts.get(key);
        return count == null ? 0 : count;
    }

    /** Logins compare without regard to case; hashed, so any text makes a short key. */
    private static String accountKey(String login) {
        return ACCOUNT + HexFormat.of().formatHex(Sha256.of(login.toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return ADDRESS + address;
    }
}
